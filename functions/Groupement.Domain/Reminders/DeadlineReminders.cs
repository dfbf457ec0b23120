using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;

namespace Groupement.Domain.Reminders;

internal static class DeadlineReminders
{
    public static void Plan(PlannerInput input, DateOnly today, List<DueReminder> due)
    {
        var deadline = input.Calendar.JoinDeadline;
        var catchUp = input.Settings.CatchUpDays;
        var days = input.Settings.DeadlineOffsetsDays.OrderDescending().ToList();
        for (var i = 0; i < days.Count; i++)
        {
            var from = deadline.AddDays(-days[i]);
            var next = i + 1 < days.Count ? deadline.AddDays(-days[i + 1]) : deadline.AddDays(1);
            var until = ReminderPlanner.Min(from.AddDays(catchUp + 1), next, deadline.AddDays(1));
            if (!ReminderPlanner.IsValid(today, from, until))
                continue;
            var milestone = ReminderMilestones.BeforeDeadline(days[i]);
            foreach (var invited in ReminderOutlook.InvitedWithoutAdhesion(input.Invitations, input.Adhesions))
                due.Add(ForMember(input, milestone, invited.Siren, invited.Email, from, null));
            foreach (var a in ReminderPlanner.InStatus(input, AdhesionStatus.ChangesRequested))
                due.Add(ForMember(input, milestone, a.Siren, a.ReferentEmail, from, a.AdhesionId));
        }

        var lastNotice = deadline.AddDays(1);
        if (ReminderPlanner.IsValid(today, lastNotice, lastNotice.AddDays(catchUp + 1)))
        {
            foreach (var a in ReminderPlanner.InStatus(input, AdhesionStatus.ChangesRequested))
                due.Add(ForMember(input, ReminderMilestones.DeadlinePassed, a.Siren, a.ReferentEmail, lastNotice, a.AdhesionId));
        }
    }

    private static DueReminder ForMember(
        PlannerInput input, string milestone, string siren, string email, DateOnly dueOn, string? adhesionId) =>
        new(new ReminderKey(input.GroupementId, ReminderKinds.Deadline, ReminderKey.MemberRecipient(siren), milestone),
            email, dueOn, adhesionId, siren);
}
