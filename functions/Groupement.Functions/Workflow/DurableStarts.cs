using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Groupement.Functions.Workflow;

/// <summary>
/// Starts an orchestration under a deterministic instance id at most once. The client's default (no dedupe statuses)
/// terminates and replaces a running instance with the same id, so every start here names its dedupe statuses.
/// </summary>
public static class DurableStarts
{
    /// <summary>Every status an instance can be in.</summary>
    public static readonly IReadOnlyList<OrchestrationRuntimeStatus> AnyStatus =
    [
        OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended,
        OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated,
    ];

    /// <summary>
    /// Schedules <paramref name="name"/> as <paramref name="instanceId"/> unless an instance with that id exists in a
    /// status other than <paramref name="reusable"/>. Returns true when this call scheduled it.
    /// </summary>
    public static async Task<bool> StartOnceAsync(DurableTaskClient client, TaskName name, object input, string instanceId,
        CancellationToken ct, params OrchestrationRuntimeStatus[] reusable)
    {
        var dedupe = AnyStatus.Except(reusable).ToArray();
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(name, input,
                new StartOrchestrationOptions(instanceId).WithDedupeStatuses(dedupe), ct);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Through the Functions host the refusal may arrive in another exception type: look at the instance itself.
            var existing = await client.GetInstanceAsync(instanceId, ct);
            if (existing is not null && dedupe.Contains(existing.RuntimeStatus)) return false;
            throw;
        }
    }
}
