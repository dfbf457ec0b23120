using Groupement.Domain.Time;

namespace Groupement.Domain.Calendar;

/// <summary>
/// The calendar of a groupement on the Europe/Paris civil calendar, computed from its <see cref="CalendarSettings"/>.
/// Conventions (fixed here, relied on by reminders, withdrawal and ICS):
/// <list type="bullet">
/// <item>Periods are half-open runs of days (<see cref="CivilPeriod"/>): e-primo's first period is
/// [2026-07-19, 2028-07-19), i.e. 2026-07-19..2028-07-18 inclusive; the renewal is 2028-07-19..2030-07-18 and
/// <see cref="End"/> is 2030-07-19, the date on which the convention says the market "prend fin".</item>
/// <item>Month arithmetic is counted from the market start each time (no drift), clamped at month ends.</item>
/// <item>The joining deadline is a whole civil day: submissions are accepted through 23:59:59.999 Paris time.</item>
/// <item>The withdrawal window is the notice months before the end of the first period:
/// [firstPeriod.End − N months, firstPeriod.End); none when N is null or 0.</item>
/// </list>
/// </summary>
public sealed class GroupementCalendar
{
    private GroupementCalendar(CalendarSettings settings)
    {
        Settings = settings;
        FirstPeriod = CivilPeriod.OfMonths(settings.MarketStart, settings.FirstPeriodMonths);
        var renewals = new List<CivilPeriod>();
        for (var i = 1; i <= settings.Renewals; i++)
        {
            var months = settings.FirstPeriodMonths + (i - 1) * settings.RenewalMonths;
            var start = settings.MarketStart.AddMonths(months);
            renewals.Add(new CivilPeriod(start, settings.MarketStart.AddMonths(months + settings.RenewalMonths)));
        }
        Renewals = renewals;
        if (settings.WithdrawalNoticeMonths is > 0 and var notice && settings.Renewals > 0)
            WithdrawalWindow = new CivilPeriod(
                settings.MarketStart.AddMonths(settings.FirstPeriodMonths - notice), FirstPeriod.End);
    }

    public CalendarSettings Settings { get; }

    /// <summary>Last civil day on which an adhésion may be submitted.</summary>
    public DateOnly JoinDeadline => Settings.JoinDeadline;

    public DateOnly MarketStart => Settings.MarketStart;

    public CivilPeriod FirstPeriod { get; }

    /// <summary>Each renewal period, in order (empty when the market is not renewable).</summary>
    public IReadOnlyList<CivilPeriod> Renewals { get; }

    /// <summary>The whole market, first period and every renewal.</summary>
    public CivilPeriod Market => new(MarketStart, End);

    /// <summary>The first day after the market (exclusive end); e-primo 2026: 2030-07-19.</summary>
    public DateOnly End => Renewals.Count > 0 ? Renewals[^1].End : FirstPeriod.End;

    /// <summary>The days on which a member may ask to withdraw; null when the convention allows none.</summary>
    public CivilPeriod? WithdrawalWindow { get; }

    /// <summary>Builds the calendar; throws <see cref="ArgumentException"/> when <see cref="CalendarSettings.Validate"/> fails.</summary>
    public static GroupementCalendar Create(CalendarSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate();
        if (errors.Count > 0)
            throw new ArgumentException(string.Join(" ", errors.SelectMany(e => e.Value)), nameof(settings));
        return new GroupementCalendar(settings);
    }

    /// <summary>The first instant at which submissions are refused: midnight in Paris after the deadline day.</summary>
    public DateTimeOffset JoinDeadlineClosesAt => Paris.EndOfDayExclusive(JoinDeadline);

    /// <summary>True once the Paris civil day of <paramref name="now"/> is after the joining deadline.</summary>
    public bool IsJoinDeadlinePassed(DateTimeOffset now) => Paris.ToCivilDay(now) > JoinDeadline;

    public bool IsJoinDeadlinePassed(TimeProvider clock) => IsJoinDeadlinePassed(clock.GetUtcNow());

    /// <summary>True when <paramref name="day"/> is inside the withdrawal window.</summary>
    public bool IsInWithdrawalWindow(DateOnly day) => WithdrawalWindow?.Contains(day) ?? false;

    /// <summary>The milestones in date order, labelled in French (for <c>GET /api/groupements/{gid}</c> and ICS).</summary>
    public IReadOnlyList<CalendarMilestone> Milestones => CalendarMilestones.Of(this);
}
