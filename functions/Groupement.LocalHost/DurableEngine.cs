using DurableTask.AzureStorage;
using DurableTask.Core;
using Groupement.Functions.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace Groupement.LocalHost;

/// <summary>
/// The engine Durable Functions runs on, in this process: one <see cref="AzureStorageOrchestrationService"/> shared by
/// DurableTask.Core's <see cref="TaskHubWorker"/> and the <see cref="LocalDurableTaskClient"/> (so an event raised here
/// wakes the worker at once), the app's orchestrators and activities registered through
/// <see cref="DurableTaskShimFactory"/>, one shim per execution.
/// </summary>
public sealed partial class DurableEngine : IHostedService, IAsyncDisposable
{
    private readonly IServiceProvider _services;
    private readonly ILogger<DurableEngine> _logger;
    private readonly TaskHubWorker _worker;
    private readonly DurableTaskShimFactory _shims;
    private readonly CancellationTokenSource _stopping = new();
    private Task _start = Task.CompletedTask;
    private int _stopped;

    public DurableEngine(IServiceProvider services, IConfiguration config, StorageClients storage, ILoggerFactory loggers)
    {
        _services = services;
        _logger = loggers.CreateLogger<DurableEngine>();
        Options = DurableEngineOptions.From(config);
        Priority = new ForegroundPriority(Options.ActivitiesWhilePeopleWrite);
        Service = new AzureStorageOrchestrationService(Options.ToSettings(ClientProvider(config, storage), loggers));
        Converter = Microsoft.DurableTask.Converters.JsonDataConverter.Default;
        _shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { DataConverter = Converter }, loggers);
        _worker = new TaskHubWorker(Service, loggers) { ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails };
        Functions = FunctionCatalog.Read();
        foreach (var f in Functions.Where(f => f.Kind is TriggerKind.Orchestration or TriggerKind.Activity)) FunctionInvoker.Check(f);
        _worker.AddTaskOrchestrations([.. Functions.Where(f => f.Kind == TriggerKind.Orchestration)
            .Select(f => new Creator<TaskOrchestration>(f.Name, () => _shims.CreateOrchestration(f.Name, new FunctionOrchestrator(this, f))))]);
        _worker.AddTaskActivities([.. Functions.Where(f => f.Kind == TriggerKind.Activity)
            .Select(f => new Creator<TaskActivity>(f.Name, () => _shims.CreateActivity(f.Name, new FunctionActivity(this, f))))]);
    }

    /// <summary>The engine's settings.</summary>
    public DurableEngineOptions Options { get; }

    /// <summary>People's writes before activities, in this process.</summary>
    public ForegroundPriority Priority { get; }

    /// <summary>The one orchestration service of this process (worker and client).</summary>
    public AzureStorageOrchestrationService Service { get; }

    /// <summary>The payload converter of orchestrations, activities and the client.</summary>
    public DataConverter Converter { get; }

    /// <summary>The functions of the app.</summary>
    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    /// <summary>Names of the registered orchestrators.</summary>
    public IEnumerable<string> Orchestrators => Functions.Where(f => f.Kind == TriggerKind.Orchestration).Select(f => f.Name);

    /// <summary>Names of the registered activities.</summary>
    public IEnumerable<string> Activities => Functions.Where(f => f.Kind == TriggerKind.Activity).Select(f => f.Name);

    /// <summary>A hook for the benchmarks: configures every storage client the engine makes (e.g. a counting policy).</summary>
    public static Action<Azure.Core.ClientOptions>? ConfigureClientOptions { get; set; }

    /// <summary>Completes when the worker listens (tests wait on it; requests do not need it).</summary>
    public Task Started => _start;

    /// <summary>
    /// Starts the worker in the background: while storage does not answer, the host still serves (health says 503,
    /// submissions get their error) and the worker keeps trying, so workflows resume alone when storage is back.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _start = StartWithRetriesAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private async Task StartWithRetriesAsync(CancellationToken stop)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Service.CreateIfNotExistsAsync();
                await _worker.StartAsync();
                LogStarted(_logger, Options.TaskHubName, Options.PartitionCount, Options.MaxQueuePollingInterval);
                return;
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                LogStartFailed(_logger, attempt, e);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 2 * attempt)), stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        await _stopping.CancelAsync();
        try
        {
            await _start;
            // Not graceful: a work item in flight is abandoned and redelivered, as after a crash (activities are idempotent).
            await _worker.StopAsync(isForced: true);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // Never started, or already stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
    }

    internal IServiceProvider Services => _services;

    private static StorageAccountClientProvider ClientProvider(IConfiguration config, StorageClients storage)
    {
        var configure = ConfigureClientOptions;
        if (storage.Credential is null)
        {
            var cs = config[StorageClients.DefaultName]!;
            if (configure is null) return new StorageAccountClientProvider(cs);
            var blob = new Azure.Storage.Blobs.BlobClientOptions(); configure(blob);
            var queue = new Azure.Storage.Queues.QueueClientOptions(); configure(queue);
            var table = new Azure.Data.Tables.TableClientOptions(); configure(table);
            return new StorageAccountClientProvider(StorageServiceClientProvider.ForBlob(cs, blob),
                StorageServiceClientProvider.ForQueue(cs, queue), StorageServiceClientProvider.ForTable(cs, table));
        }
        return new StorageAccountClientProvider(storage.Blobs.Uri, storage.Queues.Uri, storage.Tables.Uri, storage.Credential);
    }

    private sealed class Creator<T> : ObjectCreator<T>
    {
        private readonly Func<T> _create;

        public Creator(string name, Func<T> create)
        {
            Name = name;
            Version = "";
            _create = create;
        }

        public override T Create() => _create();
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Durable engine started: task hub {Hub}, {Partitions} partition(s), queue polling at most every {Polling}")]
    private static partial void LogStarted(ILogger logger, string hub, int partitions, TimeSpan polling);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Durable engine could not start (attempt {Attempt}); retrying")]
    private static partial void LogStartFailed(ILogger logger, int attempt, Exception exception);
}

/// <summary>An orchestrator function as a Microsoft.DurableTask orchestrator; its input is read by the function itself.</summary>
internal sealed class FunctionOrchestrator(DurableEngine engine, FunctionDescriptor function) : ITaskOrchestrator
{
    public Type InputType => typeof(object);

    public Type OutputType => function.Method.ReturnType.IsGenericType ? function.Method.ReturnType.GetGenericArguments()[0] : typeof(object);

    public async Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
    {
        // No DI scope: orchestrators are deterministic code without services, as in the Functions worker.
        var invoker = engine.Services.GetRequiredService<FunctionInvoker>();
        return await invoker.InvokeAsync(function, engine.Services,
            new InvocationBindings { Orchestration = new InputContext(context, engine.Converter) });
    }
}

/// <summary>An activity function as a Microsoft.DurableTask activity, run in its own DI scope.</summary>
internal sealed class FunctionActivity(DurableEngine engine, FunctionDescriptor function) : ITaskActivity
{
    public Type InputType => function.InputType!;

    public Type OutputType => function.Method.ReturnType.IsGenericType ? function.Method.ReturnType.GetGenericArguments()[0] : typeof(object);

    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        using var turn = await engine.Priority.BackgroundAsync();
        await using var scope = engine.Services.CreateAsyncScope();
        var invoker = scope.ServiceProvider.GetRequiredService<FunctionInvoker>();
        return await invoker.InvokeAsync(function, scope.ServiceProvider,
            new InvocationBindings { ActivityInput = input, InstanceId = context.InstanceId });
    }
}
