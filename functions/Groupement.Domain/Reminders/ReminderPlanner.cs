using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;

namespace Groupement.Domain.Reminders;

/// <summary>
/// Decides which reminders are due on a civil day. Pure: the same input and day give the same list, in the same
/// order, with the same keys; the caller sends those whose key it has not recorded yet.
/// <para>Each reminder has a milestone day (<see cref="DueReminder.DueOn"/>) and is planned on every day of its
/// validity, from that day until it is stale; planning on each of those days is what lets a sweep that missed days
/// (host down) catch up. Validity (end exclusive, C = <see cref="ReminderSettings.CatchUpDays"/>):</para>
/// <list type="table">
/// <item><term>deadline-reminder J-k</term><description>[deadline − k, min(deadline − k + C + 1, next J-day,
/// deadline + 1)): superseded by the next J-day; never after the deadline. To invited members without an adhésion
/// and to adhésions in ChangesRequested (one per member SIREN).</description></item>
/// <item><term>deadline-reminder deadline-passed</term><description>[deadline + 1, deadline + 2 + C), once, to
/// adhésions still in ChangesRequested (the last notice).</description></item>
/// <item><term>review-reminder</term><description>adhésion UnderReview since S, N = ReviewStaleDays: the n-th reminder
/// (n ≥ 1) is due on S + nN and planned until S + (n+1)N, to every reviewer; the key holds S and n.</description></item>
/// <item><term>prefecture-reminder</term><description>the same with AwaitingPrefecture and PrefectureIntervalDays
/// (weekly), to the référent; the key holds S and the week index.</description></item>
/// <item><term>withdrawal-window-open window-open</term><description>[window start, min(start + C + 1, closing
/// day)), to Enrolled adhésions.</description></item>
/// <item><term>withdrawal-window-open window-closing</term><description>[window end − 15 days, window end): while
/// the window is open a late one is still useful.</description></item>
/// <item><term>market-end</term><description>[end − 6 months, min(that + MarketEndCatchUpDays + 1, end)), to
/// Enrolled adhésions.</description></item>
/// </list>
/// Eligibility is judged on the state given for today: a member who submitted since is no longer reminded.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<DueReminder> Plan(PlannerInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var due = new List<DueReminder>();
        DeadlineReminders.Plan(input, today, due);
        StatusReminders.Plan(input, today, due);
        CalendarReminders.Plan(input, today, due);
        return due
            .GroupBy(r => r.Key.Value, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(r => r.Key.Value, StringComparer.Ordinal)
            .ToList();
    }

    internal static bool IsValid(DateOnly today, DateOnly from, DateOnly until) => today >= from && today < until;

    internal static DateOnly Min(params DateOnly[] days) => days.Min();

    internal static IEnumerable<AdhesionSnapshot> InStatus(PlannerInput input, AdhesionStatus status) =>
        input.Adhesions.Where(a => a.Status == status);
}
