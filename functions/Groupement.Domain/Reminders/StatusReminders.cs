using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;

namespace Groupement.Domain.Reminders;

/// <summary>Periodic reminders while an adhésion waits in a status: review-reminder and prefecture-reminder.</summary>
internal static class StatusReminders
{
    public static void Plan(PlannerInput input, DateOnly today, List<DueReminder> due)
    {
        var reviewers = input.Reviewers
            .Select(r => r.Trim())
            .Where(r => r.Length > 0)
            .DistinctBy(r => r.ToLowerInvariant())
            .ToList();
        foreach (var a in ReminderPlanner.InStatus(input, AdhesionStatus.UnderReview))
        {
            if (Period(a.StatusSince, today, input.Settings.ReviewStaleDays) is not { } review)
                continue;
            var (n, dueOn) = review;
            var milestone = $"{a.AdhesionId}:under-review-since-{a.StatusSince:yyyy-MM-dd}:r{n}";
            foreach (var reviewer in reviewers)
            {
                var key = new ReminderKey(input.GroupementId, ReminderKinds.Review,
                    ReminderKey.ReviewerRecipient(reviewer), milestone);
                due.Add(new DueReminder(key, reviewer, dueOn, a.AdhesionId, a.Siren));
            }
        }
        foreach (var a in ReminderPlanner.InStatus(input, AdhesionStatus.AwaitingPrefecture))
        {
            if (Period(a.StatusSince, today, input.Settings.PrefectureIntervalDays) is not { } week)
                continue;
            var (w, dueOn) = week;
            var milestone = $"{a.AdhesionId}:awaiting-prefecture-since-{a.StatusSince:yyyy-MM-dd}:w{w}";
            var key = new ReminderKey(input.GroupementId, ReminderKinds.Prefecture,
                ReminderKey.MemberRecipient(a.Siren), milestone);
            due.Add(new DueReminder(key, a.ReferentEmail, dueOn, a.AdhesionId, a.Siren));
        }
    }

    /// <summary>The index (≥ 1) of the current whole period since <paramref name="since"/> and its first day; null before the first.</summary>
    private static (int Index, DateOnly DueOn)? Period(DateOnly since, DateOnly today, int length)
    {
        var index = (today.DayNumber - since.DayNumber) / length;
        return index >= 1 ? (index, since.AddDays(index * length)) : null;
    }
}
