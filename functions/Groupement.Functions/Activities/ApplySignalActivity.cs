using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Microsoft.DurableTask;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;
using C = Groupement.Domain.Adhesions.AdhesionCommand;

namespace Groupement.Functions.Activities;

public sealed record ApplySignalInput(string AdhesionId, AdhesionSignal Signal);

/// <summary>
/// Applies a person's command to the adhésion: the decider judges it against the stored state, the new state and its
/// history commit together (ETag). Runs at least once: history rows carry the signal id, so a re-run returns what the
/// first run did instead of judging the command a second time.
/// </summary>
public sealed class ApplySignalActivity(AdhesionStore adhesions, GroupementStore groupements, TimeProvider time)
    : TaskActivity<ApplySignalInput, SignalOutcome>
{
    public const string Name = "ApplyAdhesionSignal";
    public const string RefusedEvent = "command-refused";

    public override async Task<SignalOutcome> RunAsync(TaskActivityContext context, ApplySignalInput input)
    {
        var signal = input.Signal;
        var earlier = (await adhesions.GetHistoryAsync(input.AdhesionId)).Where(h => h.Ref == signal.Id).ToList();
        if (earlier.Count > 0)
        {
            var current = await adhesions.GetAsync(input.AdhesionId) ?? throw new InvalidOperationException($"Adhesion {input.AdhesionId} vanished.");
            return Outcome(earlier, current.View.Status);
        }
        var record = await adhesions.GetAsync(input.AdhesionId) ?? throw new MissingDataException($"Adhesion {input.AdhesionId} not found.");
        var groupement = await groupements.GetAsync(record.View.GroupementId)
            ?? throw new MissingDataException($"Groupement {record.View.GroupementId} not found.");
        var now = time.GetUtcNow();
        List<HistoryView> written = [];
        var updated = await adhesions.UpdateAsync(input.AdhesionId, view =>
        {
            var (next, history) = Decide(view, signal, groupement, now);
            written = [.. history];
            return (next, written);
        });
        return Outcome(written, updated!.View.Status);
    }

    private static SignalOutcome Outcome(IReadOnlyList<HistoryView> history, AdhesionStatus status)
    {
        var refused = history.FirstOrDefault(h => h.Event == RefusedEvent);
        return refused is null
            ? new SignalOutcome(true, [.. history.Select(h => h.Event)], status)
            : new SignalOutcome(false, [], status, "REFUSED", refused.Comment);
    }

    /// <summary>The view after the signal and the history rows that record it (a refusal is recorded too).</summary>
    internal static (AdhesionView View, IReadOnlyList<HistoryView> History) Decide(AdhesionView view, AdhesionSignal signal,
        GroupementRecord groupement, DateTimeOffset now)
    {
        if (signal.Type == SignalTypes.Anomaly)
            return (view, [new HistoryView(now, "prefecture-anomaly", signal.By, signal.Reason, signal.Id)]);
        if (signal.Type == SignalTypes.Documents && signal.Documents is { Count: > 0 } docs)
            view = view with { Documents = [.. view.Documents, .. docs.Where(d => !view.Documents.Any(v => v.Sha256 == d.Sha256 && v.Kind == d.Kind))] };
        var decision = AdhesionDecider.Decide(view.ToState(), ToCommand(signal, view, groupement, now), now);
        if (decision.Refusal is { } refusal)
            return (view, [new HistoryView(now, RefusedEvent, signal.By, $"{refusal.Code} : {refusal.Message}", signal.Id)]);
        var (next, history) = AdhesionProjection.Apply(view, decision.Events);
        if (signal.Type == SignalTypes.PrefectureReceipt && next.Prefecture is { } p && signal.ReceivedOn is { } r)
            next = next with { Prefecture = p with { ReceivedOn = r } };
        return (next, [.. history.Select(h => h with { Ref = signal.Id })]);
    }

    internal static AdhesionCommand ToCommand(AdhesionSignal s, AdhesionView view, GroupementRecord groupement, DateTimeOffset now) => s.Type switch
    {
        SignalTypes.Review => new C.Review(ReviewDecisions.TryParse(s.Decision, out var d) ? d : throw new InvalidOperationException($"Unknown decision {s.Decision}"),
            s.Comment, s.OverrideFindings, view.Findings.Any(f => f.Severity == FindingView.Error)) { By = s.By },
        SignalTypes.Documents => new C.ResubmitDocuments { By = s.By },
        SignalTypes.PrefectureReceipt => new C.PrefectureReceipt(s.ActId ?? "", s.ReceivedOn ?? default) { By = s.By },
        SignalTypes.Publication => new C.Publication(s.PublishedOn ?? default, s.Mode ?? "", s.Url) { By = s.By },
        SignalTypes.Withdrawal => new C.Withdraw(Withdrawal.Decide(groupement.Calendar(), now).Allowed, s.Reason) { By = s.By },
        SignalTypes.Close => new C.Close(s.Reason ?? "") { By = s.By },
        _ => throw new InvalidOperationException($"Unknown signal type {s.Type}"),
    };
}
