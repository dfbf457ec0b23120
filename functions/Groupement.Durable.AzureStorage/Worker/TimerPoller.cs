using Azure;
using Azure.Data.Tables;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>
/// Reads the due-timer index (rows ordered by due time, read with the injected clock, so timers of any length
/// need no queue visibility delay) and hints the instances whose timers are due.
/// </summary>
internal sealed class TimerPoller(Storage.TaskHubStorage storage, WorkSignal signal)
{
    private const int PageSize = 32;

    /// <summary>Fires due timers; returns how many, and when the next one is due (null when none is known).</summary>
    public async Task<(int Fired, DateTimeOffset? NextDue)> PollAsync(CancellationToken ct)
    {
        var rows = await storage.CallAsync("PollTimers", null, async () =>
        {
            var page = new List<TableEntity>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OutboxDispatcher.TimerPartition}");
            await foreach (var e in storage.Timers.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: ct))
            {
                page.Add(e);
                if (page.Count == PageSize) break;
            }
            return page;
        });
        var now = storage.Time.GetUtcNow();
        var fired = 0;
        foreach (var row in rows)
        {
            var due = row.GetDateTimeOffset("Due") ?? DateTimeOffset.MinValue;
            if (due > now) return (fired, due);
            var instanceId = row.GetString("InstanceId") ?? "";
            await OutboxDispatcher.SendHintAsync(storage, instanceId);
            await storage.CallAsync("DeleteTimer", instanceId, async () =>
            {
                try
                {
                    await storage.Timers.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    // another worker fired it
                }
            });
            fired++;
        }
        if (fired > 0) signal.Set();
        return (fired, null);
    }
}
