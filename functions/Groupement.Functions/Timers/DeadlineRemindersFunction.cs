using Groupement.Functions.Reminders;

namespace Groupement.Functions.Timers;

/// <summary>
/// The daily reminder sweep (issue 5): schedule <c>Reminders__Schedule</c> (default 06:00 every day, in <c>TimeZone</c>),
/// also run by <c>POST /admin/functions/DeadlineReminders</c>. Safe to run twice at once (see <see cref="ReminderSweep"/>).
/// </summary>
public sealed class DeadlineRemindersFunction(ReminderSweep sweep) : ITimerFunction
{
    public string Name => "DeadlineReminders";

    public (string Key, string Default) Schedule => (ReminderOptions.ScheduleKey, ReminderOptions.DefaultSchedule);

    public Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
