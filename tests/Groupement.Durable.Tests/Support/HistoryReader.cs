using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.Tests.Support;

/// <summary>Reads an instance partition straight from the table, to check what the runtime stored.</summary>
internal static class HistoryReader
{
    public static async Task<List<TableEntity>> RowsAsync(TaskHubStorage storage, string instanceId)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in storage.Instances.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}")))
            rows.Add(e);
        return rows;
    }

    public static async Task<List<HistoryEvent>> HistoryAsync(TaskHubStorage storage, string instanceId)
    {
        var events = new List<HistoryEvent>();
        var rows = await RowsAsync(storage, instanceId);
        var instance = rows.Single(r => r.RowKey == RowKeys.Instance);
        var generation = instance.GetInt32("Generation");
        foreach (var row in rows.Where(r => r.RowKey.StartsWith('H') && RowKeys.HistoryGeneration(r.RowKey) == generation))
            events.AddRange(HistoryJson.Deserialize<List<HistoryEvent>>(await storage.GetTextAsync(row, "Events") ?? "[]"));
        return events;
    }

    /// <summary>Asserts that history holds each task event once: no step was applied twice.</summary>
    public static void AssertNoDuplicateSteps(IReadOnlyList<HistoryEvent> history, string instanceId)
    {
        var duplicates = history.Where(e => e.TaskId >= 0 && e.Kind != EventKind.OrchestratorStarted)
            .GroupBy(e => (e.Kind, e.TaskId)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Kind} #{g.Key.TaskId}").ToList();
        Assert.True(duplicates.Count == 0, $"{instanceId}: duplicated history events {string.Join(", ", duplicates)}");
        Assert.Equal(1, history.Count(e => e.Kind == EventKind.ExecutionStarted));
        Assert.True(history.Count(e => e.Kind == EventKind.ExecutionCompleted) <= 1, $"{instanceId}: completed twice");
    }
}
