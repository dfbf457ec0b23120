using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Execution;

namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>Everything stored in one instance partition, read with one query.</summary>
internal sealed class InstanceSnapshot
{
    public InstanceState? State { get; private set; }
    public List<HistoryEvent> History { get; } = [];
    public List<TableEntity> StaleHistory { get; } = [];
    public List<InboxItem> Inbox { get; } = [];
    public List<TableEntity> Outbox { get; } = [];

    public static async Task<InstanceSnapshot> LoadAsync(TaskHubStorage storage, string instanceId, CancellationToken ct)
    {
        var rows = await storage.CallAsync("LoadInstance", instanceId, async () =>
        {
            var list = new List<TableEntity>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}");
            await foreach (var e in storage.Instances.QueryAsync<TableEntity>(filter, 1000, cancellationToken: ct)) list.Add(e);
            return list;
        });
        var snap = new InstanceSnapshot();
        var instanceRow = rows.FirstOrDefault(r => r.RowKey == RowKeys.Instance);
        if (instanceRow is not null) snap.State = await InstanceRows.FromEntityAsync(instanceRow, storage);
        foreach (var row in rows)
        {
            if (row.RowKey.StartsWith(RowKeys.HistoryPrefix, StringComparison.Ordinal))
            {
                if (snap.State is { } s && RowKeys.HistoryGeneration(row.RowKey) == s.Generation && !s.AwaitsStart)
                    snap.History.AddRange(HistoryJson.Deserialize<List<HistoryEvent>>(await storage.GetTextAsync(row, "Events") ?? "[]"));
                else
                    snap.StaleHistory.Add(row);
            }
            else if (row.RowKey.StartsWith(RowKeys.InboxPrefix, StringComparison.Ordinal))
                snap.Inbox.Add(await InboxItem.FromEntityAsync(row, storage));
            else if (row.RowKey.StartsWith(RowKeys.OutboxPrefix, StringComparison.Ordinal))
                snap.Outbox.Add(row);
        }
        return snap;
    }
}
