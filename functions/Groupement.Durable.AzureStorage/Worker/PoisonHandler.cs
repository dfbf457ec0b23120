using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues.Models;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>Parks messages that keep failing (poison table) and fails their instance with a readable reason.</summary>
internal sealed class PoisonHandler(TaskHubStorage storage)
{
    /// <summary>True when a failure is worth parking: non-transient, and the message failed often enough.</summary>
    public bool IsPoison(QueueMessage message, Exception error) =>
        message.DequeueCount >= storage.Options.PoisonThreshold && !IsTransient(error);

    /// <summary>Storage unavailable, throttled or timing out: retried with backoff, never parked.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or TimeoutException or IOException => true,
        AggregateException a => a.InnerExceptions.All(IsTransient),
        _ => ex.InnerException is { } inner && IsTransient(inner),
    };

    public async Task ParkAsync(string queue, QueueMessage message, string? instanceId, Exception error)
    {
        var reason = $"Message {message.MessageId} on queue '{queue}' failed {message.DequeueCount} times and was parked " +
                     $"in table '{storage.Poison.Name}'. Last error: {error.GetType().Name}: {error.Message}";
        var row = new TableEntity(queue, message.MessageId)
        {
            ["InstanceId"] = instanceId, ["Message"] = Cut(message.MessageText, 30_000), ["DequeueCount"] = (int)message.DequeueCount,
            ["Error"] = Cut(error.ToString(), 30_000), ["ParkedAt"] = storage.Time.GetUtcNow(),
        };
        await storage.CallAsync("ParkMessage", instanceId, () => storage.Poison.UpsertEntityAsync(row, TableUpdateMode.Replace));
        if (instanceId is not null) await FailInstanceAsync(instanceId, reason);
    }

    private async Task FailInstanceAsync(string instanceId, string reason)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var found = await storage.CallAsync("ReadInstance", instanceId,
                () => storage.Instances.GetEntityIfExistsAsync<TableEntity>(instanceId, RowKeys.Instance));
            if (!found.HasValue || found.Value is null) return;
            var row = found.Value;
            if (row.GetString("RuntimeStatus") is "Completed" or "Failed" or "Terminated") return;
            var now = storage.Time.GetUtcNow();
            var failure = new TaskFailureDetails("Groupement.Durable.PoisonMessage", reason);
            var patch = new TableEntity(instanceId, RowKeys.Instance)
            {
                ["RuntimeStatus"] = nameof(OrchestrationRuntimeStatus.Failed), ["Failure"] = Execution.HistoryJson.Serialize(failure),
                ["CompletedTime"] = now, ["LastUpdatedTime"] = now, ["Timers"] = "[]",
            };
            try
            {
                await storage.CallAsync("FailInstance", instanceId, () => storage.Instances.UpdateEntityAsync(patch, row.ETag, TableUpdateMode.Merge));
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // changed meanwhile: read again
            }
        }
    }

    private static string? Cut(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
