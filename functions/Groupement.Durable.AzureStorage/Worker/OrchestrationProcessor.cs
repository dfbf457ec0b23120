using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>
/// Runs the step of one instance: load the partition, dispatch any outbox left by a crashed step, plan, commit in one
/// transaction guarded by the instance row's ETag, dispatch the new outbox. The caller deletes the triggering queue
/// message only afterwards, so a crash anywhere is recovered by its redelivery.
/// </summary>
internal sealed class OrchestrationProcessor(TaskHubStorage storage, StepPlanner planner, OutboxDispatcher dispatcher)
{
    private const int MaxConflicts = 8;

    /// <summary>
    /// An outbox left by a step is dispatched by the redelivery of the message that triggered that step; by another
    /// message only once it is older than a visibility timeout (its owner is then surely gone), so that a live
    /// worker's dispatch is not doubled.
    /// </summary>
    private bool Abandoned(TableEntity outbox, string? messageId) =>
        outbox.GetString("Owner") is not { } owner || owner == messageId
        || DateTimeOffset.UtcNow - (outbox.Timestamp ?? DateTimeOffset.MinValue) > storage.Options.MessageVisibilityTimeout;

    public async Task ProcessAsync(string instanceId, string? messageId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var snap = await InstanceSnapshot.LoadAsync(storage, instanceId, ct);
            if (snap.State is null) return; // purged, or a start that never committed
            foreach (var row in snap.Outbox.Where(r => Abandoned(r, messageId))) await dispatcher.DispatchRowAsync(row);
            var plan = await planner.PlanAsync(snap, messageId);
            if (plan is null)
            {
                // A start scheduled for later: the due-timer index wakes a worker then (idempotent, same row each time).
                if (snap.State is { AwaitsStart: true, ScheduledStartTime: { } at } && at > storage.Time.GetUtcNow())
                    await dispatcher.ArmTimerAsync(instanceId, at, generation: 0, taskId: -1);
                return;
            }
            try
            {
                await storage.CallAsync("Commit", instanceId, () => storage.Instances.SubmitTransactionAsync(plan.Actions, ct));
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < MaxConflicts)
            {
                continue; // another worker committed this step first: reload and decide again
            }
            if (plan.OutboxRowKey is not null) await dispatcher.DispatchAsync(instanceId, plan.OutboxRowKey, plan.Outbox);
            return;
        }
    }
}
