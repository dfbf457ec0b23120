namespace Groupement.Domain.Calendar;

/// <summary>A period as shown in JSON: first and last days, both inclusive.</summary>
public sealed record PeriodView(DateOnly Start, DateOnly LastDay);

/// <summary>
/// The calendar as returned by <c>GET /api/groupements/{gid}</c> (member <c>calendar</c>); serialise camelCase,
/// dates as <c>yyyy-MM-dd</c>. <see cref="End"/> is the day the convention ends (first day after the market).
/// </summary>
public sealed record CalendarView(
    DateOnly JoinDeadline,
    DateOnly MarketStart,
    PeriodView FirstPeriod,
    IReadOnlyList<PeriodView> Renewals,
    PeriodView? WithdrawalWindow,
    DateOnly MarketLastDay,
    DateOnly End,
    IReadOnlyList<CalendarMilestone> Milestones)
{
    public static CalendarView Of(GroupementCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new(
            calendar.JoinDeadline,
            calendar.MarketStart,
            new PeriodView(calendar.FirstPeriod.Start, calendar.FirstPeriod.LastDay),
            calendar.Renewals.Select(r => new PeriodView(r.Start, r.LastDay)).ToList(),
            calendar.WithdrawalWindow is { } w ? new PeriodView(w.Start, w.LastDay) : null,
            calendar.Market.LastDay,
            calendar.End,
            calendar.Milestones);
    }
}
