using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;
using Microsoft.Extensions.Logging;

namespace Groupement.Durable.AzureStorage.Worker;

internal sealed partial class DurableTaskWorker
{
    private async Task HandleControlAsync(QueueClient queue, QueueMessage message, CancellationToken stop)
    {
        var instanceId = message.MessageText;
        try
        {
            using (await _locks.AcquireAsync(instanceId, stop))
                await _orchestrations.ProcessAsync(instanceId, message.MessageId, stop);
            await DeleteAsync(queue, message, instanceId);
        }
        catch (Exception ex) when (ex is not SimulatedCrashException && !stop.IsCancellationRequested)
        {
            await FailedAsync(queue, message, instanceId, ex);
        }
        catch (SimulatedCrashException)
        {
            // the "process" died here: the message reappears after its visibility timeout
        }
    }

    private async Task HandleActivityAsync(QueueClient queue, QueueMessage message, CancellationToken stop)
    {
        try
        {
            await _activities.ProcessAsync(message.MessageText, stop);
            await DeleteAsync(queue, message, null);
        }
        catch (Exception ex) when (ex is not SimulatedCrashException && !stop.IsCancellationRequested)
        {
            await FailedAsync(queue, message, TryInstanceId(message.MessageText), ex);
        }
        catch (SimulatedCrashException)
        {
        }
    }

    private Task DeleteAsync(QueueClient queue, QueueMessage message, string? instanceId) =>
        _storage.CallAsync("DeleteMessage", instanceId, async () =>
        {
            try
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
            catch (RequestFailedException ex) when (ex.Status == 404 || ex.ErrorCode == "PopReceiptMismatch")
            {
                // its visibility expired and another worker holds it now; that worker will find nothing left to do
            }
        });

    private async Task FailedAsync(QueueClient queue, QueueMessage message, string? instanceId, Exception error)
    {
        try
        {
            if (_poison.IsPoison(message, error))
            {
                LogParked(_log, message.MessageId, queue.Name, instanceId, error.Message);
                await _poison.ParkAsync(queue.Name, message, instanceId, error);
                await DeleteAsync(queue, message, instanceId);
                return;
            }
            LogMessageFailed(_log, message.MessageId, queue.Name, (int)message.DequeueCount, error.Message);
            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.DequeueCount - 1), _options.MessageVisibilityTimeout.TotalSeconds));
            await _storage.CallAsync("AbandonMessage", instanceId,
                () => queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, message.MessageText, backoff));
        }
        catch (Exception ex) when (ex is not SimulatedCrashException)
        {
            LogPollFailed(_log, ex.GetType().Name, ex.Message); // the message reappears after its visibility timeout
        }
    }

    private static string? TryInstanceId(string body)
    {
        try
        {
            return HistoryJson.Deserialize<ActivityWorkItem>(body).InstanceId;
        }
        catch (Exception)
        {
            return null;
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Durable worker poll failed ({ErrorType}): {Error}; backing off")]
    private static partial void LogPollFailed(ILogger log, string errorType, string error);

    [LoggerMessage(2, LogLevel.Warning, "Message {MessageId} on {Queue} failed (attempt {Attempt}): {Error}")]
    private static partial void LogMessageFailed(ILogger log, string messageId, string queue, int attempt, string error);

    [LoggerMessage(3, LogLevel.Error, "Message {MessageId} on {Queue} parked as poison (instance {InstanceId}): {Error}")]
    private static partial void LogParked(ILogger log, string messageId, string queue, string? instanceId, string error);
}
