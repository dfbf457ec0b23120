using Groupement.Domain.Adhesions;
using Groupement.Domain.Reminders;
using Groupement.Domain.Time;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Features.Reminders;

/// <summary>Reads what the planner needs of one groupement from the read models (invitations, adhésions, reviewers).</summary>
public sealed class ReminderInputs(GroupementStore groupements, AdhesionStore adhesions, ReminderOptions options)
{
    // Statuses whose reminders go to the référent (the view row holds the address).
    private static readonly HashSet<AdhesionStatus> ToReferent =
        [AdhesionStatus.ChangesRequested, AdhesionStatus.AwaitingPrefecture, AdhesionStatus.Enrolled];

    // Periodic reminders count from the day the adhésion entered its status: read from the history for these.
    private static readonly HashSet<AdhesionStatus> Periodic = [AdhesionStatus.UnderReview, AdhesionStatus.AwaitingPrefecture];

    public async Task<PlannerInput> ReadAsync(GroupementRecord groupement, CancellationToken ct)
    {
        var invitations = await groupements.ListInvitationsAsync(groupement.Id, ct);
        var summaries = await adhesions.ListAsync(groupement.Id, null, ct);
        var snapshots = new List<AdhesionSnapshot>(summaries.Count);
        foreach (var a in summaries)
        {
            var email = "";
            if (ToReferent.Contains(a.Status) && await adhesions.GetAsync(a.Id, ct) is { } record)
                email = record.View.Referent.Email;
            var since = Periodic.Contains(a.Status)
                ? StatusSince(await adhesions.GetHistoryAsync(a.Id, ct), a.Status) ?? a.UpdatedAt
                : a.UpdatedAt;
            snapshots.Add(new AdhesionSnapshot(a.Id, a.Siren, a.Status, email, Paris.ToCivilDay(since)));
        }
        return new PlannerInput(groupement.Id, groupement.Calendar(), options.Settings,
            [.. invitations.Select(i => new InvitedMember(i.Siren, i.Email, i.SubmittedAdhesionId is not null))],
            snapshots, groupement.Reviewers);
    }

    /// <summary>When the adhésion last entered <paramref name="status"/>, from the events that change status.</summary>
    public static DateTimeOffset? StatusSince(IReadOnlyList<HistoryView> history, AdhesionStatus status)
    {
        DateTimeOffset? since = null;
        AdhesionStatus? current = null;
        foreach (var h in history.OrderBy(h => h.At))
        {
            if (StatusAfter(h.Event) is not { } next) continue;
            if (next != current) since = next == status ? h.At : null;
            current = next;
        }
        return current == status ? since : null;
    }

    private static AdhesionStatus? StatusAfter(string historyEvent) => historyEvent switch
    {
        "submitted" or "documents-resubmitted" => AdhesionStatus.Submitted,
        "analysis-completed" => AdhesionStatus.UnderReview,
        "approved" => AdhesionStatus.AwaitingPrefecture,
        "changes-requested" => AdhesionStatus.ChangesRequested,
        "rejected" => AdhesionStatus.Rejected,
        "enrolled" => AdhesionStatus.Enrolled,
        "withdrawn" => AdhesionStatus.Withdrawn,
        "closed" => AdhesionStatus.Closed,
        _ => null,
    };
}
