using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;

namespace Groupement.Domain.Reminders;

/// <summary>Reminders tied to the market's calendar, to Enrolled members: withdrawal window and market end.</summary>
internal static class CalendarReminders
{
    public static void Plan(PlannerInput input, DateOnly today, List<DueReminder> due)
    {
        var calendar = input.Calendar;
        var s = input.Settings;
        if (calendar.WithdrawalWindow is { } window)
        {
            var closing = window.End.AddDays(-s.WithdrawalClosingDays);
            var hasClosing = closing > window.Start;
            var openUntil = ReminderPlanner.Min(window.Start.AddDays(s.CatchUpDays + 1), hasClosing ? closing : window.End);
            if (ReminderPlanner.IsValid(today, window.Start, openUntil))
                ToEnrolled(input, ReminderKinds.WithdrawalWindowOpen, ReminderMilestones.WindowOpen, window.Start, due);
            if (hasClosing && ReminderPlanner.IsValid(today, closing, window.End))
                ToEnrolled(input, ReminderKinds.WithdrawalWindowOpen, ReminderMilestones.WindowClosing, closing, due);
        }

        var endSoon = calendar.End.AddMonths(-s.MarketEndMonths);
        var endUntil = ReminderPlanner.Min(endSoon.AddDays(s.MarketEndCatchUpDays + 1), calendar.End);
        if (endSoon > calendar.MarketStart && ReminderPlanner.IsValid(today, endSoon, endUntil))
            ToEnrolled(input, ReminderKinds.MarketEnd, ReminderMilestones.MarketEndSoon, endSoon, due);
    }

    private static void ToEnrolled(PlannerInput input, string kind, string milestone, DateOnly dueOn, List<DueReminder> due)
    {
        foreach (var a in ReminderPlanner.InStatus(input, AdhesionStatus.Enrolled))
        {
            var key = new ReminderKey(input.GroupementId, kind, ReminderKey.MemberRecipient(a.Siren), milestone);
            due.Add(new DueReminder(key, a.ReferentEmail, dueOn, a.AdhesionId, a.Siren));
        }
    }
}
