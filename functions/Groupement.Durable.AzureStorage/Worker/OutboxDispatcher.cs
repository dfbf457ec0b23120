using Azure;
using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>Sends a committed step's outbox (activities, hints, timer index rows), then deletes the outbox row.</summary>
internal sealed class OutboxDispatcher(TaskHubStorage storage, WorkSignal signal)
{
    /// <summary>The partition key of the due-timer index in the timers table.</summary>
    public const string TimerPartition = "due";

    public async Task DispatchRowAsync(TableEntity row)
    {
        var items = HistoryJson.Deserialize<List<OutboxItem>>(await storage.GetTextAsync(row, "Items") ?? "[]");
        await DispatchAsync(row.PartitionKey, row.RowKey, items);
    }

    public async Task DispatchAsync(string instanceId, string rowKey, IReadOnlyList<OutboxItem> items)
    {
        await Task.WhenAll(items.Select(SendAsync));
        await storage.CallAsync("DeleteOutbox", instanceId, async () =>
        {
            try
            {
                await storage.Instances.DeleteEntityAsync(instanceId, rowKey, ETag.All);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // another worker dispatched it too
            }
        });
        signal.Set();
    }

    private async Task SendAsync(OutboxItem item)
    {
        switch (item.Kind)
        {
            case OutboxKind.Activity:
                var body = await storage.ToMessageAsync(item.Message!, item.InstanceId);
                await storage.CallAsync("SendActivity", item.InstanceId, () => storage.WorkItems.SendMessageAsync(body, null, Infinite));
                break;
            case OutboxKind.Hint:
                await SendHintAsync(storage, item.InstanceId);
                break;
            case OutboxKind.Timer:
                await ArmTimerAsync(item.InstanceId, item.Due!.Value, item.Generation, item.TaskId);
                break;
        }
    }

    /// <summary>Writes a due-timer index row (upsert: writing it twice is harmless).</summary>
    public Task ArmTimerAsync(string instanceId, DateTimeOffset due, int generation, int taskId)
    {
        var row = new TableEntity(TimerPartition, TimerRowKey(due, generation, taskId, instanceId))
        { ["InstanceId"] = instanceId, ["Due"] = due };
        return storage.CallAsync("WriteTimer", instanceId, () => storage.Timers.UpsertEntityAsync(row, TableUpdateMode.Replace));
    }

    /// <summary>Messages never expire (as DurableTask.AzureStorage).</summary>
    public static readonly TimeSpan Infinite = TimeSpan.FromSeconds(-1);

    public static Task SendHintAsync(TaskHubStorage storage, string instanceId, TimeSpan? visibility = null) =>
        storage.CallAsync("SendHint", instanceId, () => storage.Control.SendMessageAsync(instanceId, visibility, Infinite));

    /// <summary>Timer index keys sort by due time.</summary>
    public static string TimerRowKey(DateTimeOffset due, int generation, int taskId, string instanceId) =>
        $"{due.UtcTicks:D19}_{generation:X8}_{taskId + 1:X8}_{instanceId}";
}
