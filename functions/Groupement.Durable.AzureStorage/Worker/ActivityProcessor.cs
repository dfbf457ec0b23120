using Azure;
using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>
/// Runs one activity invocation (at least once): resolves the activity from DI, runs it, writes its result as an
/// inbox row of the instance (a second result for the same task is refused by the row key) and hints the instance.
/// </summary>
internal sealed class ActivityProcessor(TaskHubStorage storage, DurableTaskRegistry registry, IServiceProvider services, WorkSignal signal)
{
    public async Task ProcessAsync(string body, CancellationToken ct)
    {
        var item = HistoryJson.Deserialize<ActivityWorkItem>(await storage.FromMessageAsync(body));
        var (data, failure) = await RunAsync(item, ct);
        var result = new InboxItem(RowKeys.Result(item.Generation, item.TaskId), InboxKind.Result)
        { Data = data, Failure = failure, Generation = item.Generation, TaskId = item.TaskId };
        var entity = await result.ToEntityAsync(item.InstanceId, storage);
        await storage.CallAsync("WriteResult", item.InstanceId, async () =>
        {
            try
            {
                await storage.Instances.AddEntityAsync(entity, ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // a previous run of this invocation already wrote its result
            }
        });
        await OutboxDispatcher.SendHintAsync(storage, item.InstanceId);
        signal.Set();
    }

    private async Task<(string? Data, TaskFailureDetails? Failure)> RunAsync(ActivityWorkItem item, CancellationToken ct)
    {
        if (!registry.Activities.TryGetValue(item.Name, out var type))
            return (null, new TaskFailureDetails("Groupement.Durable.ActivityNotRegistered", $"No activity named '{item.Name}' is registered in this worker."));
        try
        {
            await using var scope = services.CreateAsyncScope();
            var activity = (ITaskActivity)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            var converter = storage.Options.DataConverter;
            var input = converter.Deserialize(item.Input, activity.InputType);
            var output = await activity.RunAsync(new Context(item), input);
            return (converter.Serialize(output), null);
        }
        catch (Exception ex) when (ex is not SimulatedCrashException && !ct.IsCancellationRequested)
        {
            return (null, TaskFailureDetails.FromException(ex));
        }
    }

    private sealed class Context(ActivityWorkItem item) : TaskActivityContext
    {
        public override TaskName Name => item.Name;
        public override string InstanceId => item.InstanceId;
        public override int TaskId => item.TaskId;
    }
}
