using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;

namespace Groupement.Domain.Reminders;

/// <summary>What the coordinator sees ahead: reminders coming up if nothing changes, and who never submitted.</summary>
public static class ReminderOutlook
{
    /// <summary>
    /// Reminders that will become due in the <paramref name="days"/> days after <paramref name="today"/> if the state
    /// stays as given, in due order; each once, with the day it will be due. Today's are not included (see Plan).
    /// </summary>
    public static IReadOnlyList<DueReminder> Upcoming(PlannerInput input, DateOnly today, int days = 60)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var seen = ReminderPlanner.Plan(input, today).Select(r => r.Key.Value).ToHashSet(StringComparer.Ordinal);
        var upcoming = new List<DueReminder>();
        for (var d = 1; d <= days; d++)
        {
            foreach (var r in ReminderPlanner.Plan(input, today.AddDays(d)))
            {
                if (seen.Add(r.Key.Value))
                    upcoming.Add(r);
            }
        }
        return upcoming;
    }

    /// <summary>Invited members that hold no adhésion (after the deadline: those who never submitted).</summary>
    public static IReadOnlyList<InvitedMember> InvitedWithoutAdhesion(
        IEnumerable<InvitedMember> invitations, IEnumerable<AdhesionSnapshot> adhesions)
    {
        var withAdhesion = adhesions.Select(a => a.Siren).ToHashSet(StringComparer.Ordinal);
        return invitations.Where(i => !i.Submitted && !withAdhesion.Contains(i.Siren)).ToList();
    }

    /// <summary>Adhésions in ChangesRequested: after the deadline, the coordinator decides to close them (with a reason).</summary>
    public static IReadOnlyList<AdhesionSnapshot> AwaitingCorrection(IEnumerable<AdhesionSnapshot> adhesions) =>
        adhesions.Where(a => a.Status == AdhesionStatus.ChangesRequested).ToList();
}
