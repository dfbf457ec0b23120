using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Execution;

namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>Maps <see cref="InstanceState"/> to and from its table row.</summary>
internal static class InstanceRows
{
    public static async Task<TableEntity> ToEntityAsync(InstanceState s, TaskHubStorage storage, bool withPayloads = true)
    {
        var e = new TableEntity(s.InstanceId, RowKeys.Instance)
        {
            ["Name"] = s.Name,
            ["Version"] = s.Version,
            ["RuntimeStatus"] = s.Status.ToString(),
            ["CreatedTime"] = s.CreatedTime,
            ["LastUpdatedTime"] = s.LastUpdatedTime,
            ["CompletedTime"] = s.CompletedTime,
            ["ScheduledStartTime"] = s.ScheduledStartTime,
            ["Generation"] = s.Generation,
            ["Steps"] = s.Steps,
            ["Timers"] = HistoryJson.Serialize(s.Timers),
            ["Failure"] = s.Failure is null ? null : HistoryJson.Serialize(Shorten(s.Failure)),
        };
        if (withPayloads)
        {
            await storage.SetTextAsync(e, "Input", s.Input, s.InstanceId);
            await storage.SetTextAsync(e, "Output", s.Output, s.InstanceId);
            await storage.SetTextAsync(e, "CustomStatus", s.CustomStatus, s.InstanceId);
        }
        return e;
    }

    public static async Task<InstanceState> FromEntityAsync(TableEntity e, TaskHubStorage storage, bool withPayloads = true)
    {
        var failure = e.GetString("Failure");
        return new InstanceState
        {
            InstanceId = e.PartitionKey,
            Name = e.GetString("Name") ?? "",
            Version = e.GetString("Version") ?? "",
            Status = Enum.Parse<OrchestrationRuntimeStatus>(e.GetString("RuntimeStatus") ?? nameof(OrchestrationRuntimeStatus.Pending)),
            CreatedTime = e.GetDateTimeOffset("CreatedTime") ?? default,
            LastUpdatedTime = e.GetDateTimeOffset("LastUpdatedTime") ?? default,
            CompletedTime = e.GetDateTimeOffset("CompletedTime"),
            ScheduledStartTime = e.GetDateTimeOffset("ScheduledStartTime"),
            Generation = e.GetInt32("Generation") ?? 1,
            Steps = e.GetInt32("Steps") ?? 0,
            Timers = e.GetString("Timers") is { Length: > 0 } t ? HistoryJson.Deserialize<List<PendingTimer>>(t) : [],
            Failure = failure is null ? null : HistoryJson.Deserialize<TaskFailureDetails>(failure),
            Input = withPayloads ? await storage.GetTextAsync(e, "Input") : null,
            Output = withPayloads ? await storage.GetTextAsync(e, "Output") : null,
            CustomStatus = await storage.GetTextAsync(e, "CustomStatus"),
            ETag = e.ETag,
        };
    }

    private static TaskFailureDetails Shorten(TaskFailureDetails f) =>
        f with { ErrorMessage = Cut(f.ErrorMessage, 8_000), StackTrace = f.StackTrace is null ? null : Cut(f.StackTrace, 16_000) };

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
