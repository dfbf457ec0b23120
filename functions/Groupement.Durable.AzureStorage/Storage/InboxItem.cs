using Azure.Data.Tables;

namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>The kinds of inbox rows: messages waiting in an instance partition for its next step.</summary>
internal enum InboxKind { Event, Result, Terminate }

/// <summary>An inbox row: an external event, an activity result or a terminate request.</summary>
internal sealed record InboxItem(string RowKey, InboxKind Kind)
{
    public string? Name { get; init; }
    public string? Data { get; init; }
    public TaskFailureDetails? Failure { get; init; }
    public int Generation { get; init; }
    public int TaskId { get; init; } = -1;

    public async Task<TableEntity> ToEntityAsync(string instanceId, TaskHubStorage storage)
    {
        var e = new TableEntity(instanceId, RowKey)
        {
            ["Kind"] = Kind.ToString(), ["Name"] = Name, ["Generation"] = Generation, ["TaskId"] = TaskId,
            ["Failure"] = Failure is null ? null : Execution.HistoryJson.Serialize(Failure),
        };
        await storage.SetTextAsync(e, "Data", Data, instanceId);
        return e;
    }

    public static async Task<InboxItem> FromEntityAsync(TableEntity e, TaskHubStorage storage) =>
        new(e.RowKey, Enum.Parse<InboxKind>(e.GetString("Kind") ?? nameof(InboxKind.Event)))
        {
            Name = e.GetString("Name"),
            Data = await storage.GetTextAsync(e, "Data"),
            Failure = e.GetString("Failure") is { } f ? Execution.HistoryJson.Deserialize<TaskFailureDetails>(f) : null,
            Generation = e.GetInt32("Generation") ?? 0,
            TaskId = e.GetInt32("TaskId") ?? -1,
        };
}
