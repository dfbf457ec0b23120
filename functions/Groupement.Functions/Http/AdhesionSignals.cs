using Groupement.Domain.Adhesions;
using Groupement.Durable;
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
public sealed class AdhesionSignals(DurableTaskClient durable, TimeProvider time)
{
    /// <summary>Throws the problem the command would be refused with, if any.</summary>
    public Task CheckAsync(AdhesionAccess access, AdhesionSignal signal)
    {
        if (signal.Type == SignalTypes.Anomaly) return Task.CompletedTask;
        var now = time.GetUtcNow();
        var decision = AdhesionDecider.Decide(access.View.ToState(), Activities.ApplySignalActivity.ToCommand(signal, access.View, access.Groupement, now), now);
        return decision.Refusal is { } refusal ? throw Problems.FromRefusal(refusal) : Task.CompletedTask;
    }

    public async Task<IResult> SendAsync(AdhesionAccess access, AdhesionSignal signal, CancellationToken ct)
    {
        await CheckAsync(access, signal);
        try
        {
            await durable.RaiseEventAsync(access.View.Id, AdhesionOrchestrator.SignalEvent, signal, ct);
        }
        catch (OrchestrationNotFoundException)
        {
            // The submission stored the adhésion but stopped before starting its orchestration: start it now.
            await SubmissionApi.StartWorkflowAsync(durable, access.View.Id, access.View.GroupementId, ct);
            await durable.RaiseEventAsync(access.View.Id, AdhesionOrchestrator.SignalEvent, signal, ct);
        }
        return Results.Accepted($"/api/adhesions/{access.View.Id}",
            new CommandAccepted(access.View.Id, access.View.Status.ToString(), $"/api/adhesions/{access.View.Id}"));
    }

    public static AdhesionSignal New(string type, AdhesionAccess access) => new(Guid.NewGuid().ToString("N"), type, access.Actor);
}
