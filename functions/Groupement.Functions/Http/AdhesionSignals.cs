using Groupement.Domain.Adhesions;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Auth;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Http;

public sealed record CommandAccepted(string AdhesionId, string Status, string StatusUrl);

/// <summary>
/// Checks a command against the adhésion as it stands (so a caller's mistake is answered now, with its code), then
/// hands it to the adhésion's orchestration, which applies it for good and sends what follows.
/// </summary>
public sealed class AdhesionSignals(TimeProvider time)
{
    /// <summary>The same checks, bound to the durable client of the current invocation.</summary>
    public BoundSignals With(DurableTaskClient durable) => new(this, durable);

    /// <summary>Throws the problem the command would be refused with, if any.</summary>
    public Task CheckAsync(AdhesionAccess access, AdhesionSignal signal)
    {
        if (signal.Type == SignalTypes.Anomaly) return Task.CompletedTask;
        var now = time.GetUtcNow();
        var decision = AdhesionDecider.Decide(access.View.ToState(), Activities.ApplySignalActivity.ToCommand(signal, access.View, access.Groupement, now), now);
        return decision.Refusal is { } refusal ? throw Problems.FromRefusal(refusal) : Task.CompletedTask;
    }

    /// <summary>
    /// Raises the signal to the adhésion's orchestration. The engine drops an event for an instance that does not
    /// exist, so the instance is looked up first: missing (the submission stopped before starting it), failed or
    /// terminated (an engine failure the coordinator saw), it is started again, resumed from the read model.
    /// </summary>
    public async Task<IResult> SendAsync(DurableTaskClient durable, AdhesionAccess access, AdhesionSignal signal, CancellationToken ct)
    {
        await CheckAsync(access, signal);
        await EnsureInstanceAsync(durable, access.View, ct);
        await durable.RaiseEventAsync(access.View.Id, AdhesionOrchestrator.SignalEvent, signal, ct);
        return Results.Accepted($"/api/adhesions/{access.View.Id}",
            new CommandAccepted(access.View.Id, access.View.Status.ToString(), $"/api/adhesions/{access.View.Id}"));
    }

    /// <summary>Makes sure a live orchestration instance exists for the adhésion; true when it had to be (re)started.</summary>
    public static async Task<bool> EnsureInstanceAsync(DurableTaskClient durable, AdhesionView view, CancellationToken ct)
    {
        var instance = await durable.GetInstanceAsync(view.Id, ct);
        if (instance is not null && instance.RuntimeStatus is not (OrchestrationRuntimeStatus.Failed
            or OrchestrationRuntimeStatus.Terminated or OrchestrationRuntimeStatus.Completed))
            return false;
        var input = new AdhesionWorkflowInput(view.Id, view.GroupementId, Resumed: view.Status != AdhesionStatus.Submitted);
        return await DurableStarts.StartOnceAsync(durable, AdhesionOrchestrator.Name, input, view.Id, ct,
            OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated, OrchestrationRuntimeStatus.Completed);
    }

    public static AdhesionSignal New(string type, AdhesionAccess access) => new(Guid.NewGuid().ToString("N"), type, access.Actor);
}

/// <summary><see cref="AdhesionSignals"/> with the durable client of one invocation.</summary>
public sealed class BoundSignals(AdhesionSignals signals, DurableTaskClient durable)
{
    public Task CheckAsync(AdhesionAccess access, AdhesionSignal signal) => signals.CheckAsync(access, signal);

    public Task<IResult> SendAsync(AdhesionAccess access, AdhesionSignal signal, CancellationToken ct) => signals.SendAsync(durable, access, signal, ct);
}
