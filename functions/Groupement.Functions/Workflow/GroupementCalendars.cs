using Groupement.Domain.Calendar;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Workflow;

/// <summary>The calendar of a stored groupement (the calendar is data, not code).</summary>
public static class GroupementCalendars
{
    public static CalendarSettings Settings(this GroupementRecord g) =>
        new(g.JoinDeadline, g.MarketStart, g.FirstPeriodMonths, g.Renewals, g.RenewalMonths, g.WithdrawalNoticeMonths);

    public static GroupementCalendar Calendar(this GroupementRecord g) => GroupementCalendar.Create(g.Settings());
}
