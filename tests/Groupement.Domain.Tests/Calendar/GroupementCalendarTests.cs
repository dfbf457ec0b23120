using Groupement.Domain.Calendar;
using Groupement.Domain.Time;

namespace Groupement.Domain.Tests.Calendar;

public class GroupementCalendarTests
{
    private static readonly GroupementCalendar EPrimo = GroupementCalendar.Create(Conventions.EPrimo2026);
    private static readonly GroupementCalendar Creteil = GroupementCalendar.Create(Conventions.Creteil);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Eprimo_first_period_runs_from_19_July_2026_to_18_July_2028_inclusive()
    {
        Assert.Equal(new CivilPeriod(D(2026, 7, 19), D(2028, 7, 19)), EPrimo.FirstPeriod);
        Assert.Equal(D(2028, 7, 18), EPrimo.FirstPeriod.LastDay);
    }

    [Fact]
    public void Eprimo_is_renewed_once_for_24_months_and_ends_on_19_July_2030()
    {
        var renewal = Assert.Single(EPrimo.Renewals);
        Assert.Equal(D(2028, 7, 19), renewal.Start);
        Assert.Equal(D(2030, 7, 18), renewal.LastDay);
        Assert.Equal(D(2030, 7, 19), EPrimo.End);
        Assert.Equal(new CivilPeriod(D(2026, 7, 19), D(2030, 7, 19)), EPrimo.Market);
    }

    [Fact]
    public void Eprimo_withdrawal_window_is_the_two_months_before_the_end_of_the_first_period()
    {
        Assert.Equal(new CivilPeriod(D(2028, 5, 19), D(2028, 7, 19)), EPrimo.WithdrawalWindow);
        Assert.False(EPrimo.IsInWithdrawalWindow(D(2028, 5, 18)));
        Assert.True(EPrimo.IsInWithdrawalWindow(D(2028, 5, 19)));
        Assert.True(EPrimo.IsInWithdrawalWindow(D(2028, 7, 18)));
        Assert.False(EPrimo.IsInWithdrawalWindow(D(2028, 7, 19)));
    }

    [Fact]
    public void Creteil_has_twelve_months_renewed_three_times_and_no_withdrawal_window()
    {
        Assert.Equal(D(2026, 8, 31), Creteil.FirstPeriod.LastDay);
        Assert.Equal(
            [new CivilPeriod(D(2026, 9, 1), D(2027, 9, 1)), new CivilPeriod(D(2027, 9, 1), D(2028, 9, 1)), new CivilPeriod(D(2028, 9, 1), D(2029, 9, 1))],
            Creteil.Renewals);
        Assert.Equal(D(2029, 9, 1), Creteil.End);
        Assert.Null(Creteil.WithdrawalWindow);
        Assert.DoesNotContain(Creteil.Milestones, m => m.Kind.StartsWith("withdrawal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_of_zero_months_means_no_withdrawal_window()
    {
        var calendar = GroupementCalendar.Create(Conventions.EPrimo2026 with { WithdrawalNoticeMonths = 0 });
        Assert.Null(calendar.WithdrawalWindow);
    }

    [Fact]
    public void Periods_starting_on_the_31st_are_counted_from_the_start_without_drift()
    {
        var calendar = GroupementCalendar.Create(new CalendarSettings(D(2026, 12, 1), D(2027, 1, 31), 1, 2, 1, null));
        Assert.Equal(D(2027, 2, 28), calendar.FirstPeriod.End);
        Assert.Equal(D(2027, 3, 31), calendar.Renewals[0].End); // not 28 March: counted from 31 January
        Assert.Equal(D(2027, 4, 30), calendar.End);
    }

    [Theory]
    [InlineData("2026-01-24T22:59:59Z", false)] // 23:59:59 on the 24th in Paris
    [InlineData("2026-01-24T23:00:00Z", true)]  // 00:00 on the 25th in Paris (still the 24th in UTC)
    [InlineData("2026-01-24T05:00:00Z", false)]
    [InlineData("2026-01-23T23:30:00Z", false)] // the 24th already in Paris
    public void The_joining_deadline_is_a_whole_civil_day_in_Paris(string now, bool passed)
    {
        Assert.Equal(passed, EPrimo.IsJoinDeadlinePassed(DateTimeOffset.Parse(now)));
    }

    [Fact]
    public void Submissions_close_at_midnight_Paris_time_after_the_deadline()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 24, 23, 0, 0, TimeSpan.Zero), EPrimo.JoinDeadlineClosesAt);
    }

    [Fact]
    public void Eprimo_milestones_are_dated_and_labelled_in_French()
    {
        var m = EPrimo.Milestones;
        Assert.Equal(
            [
                (MilestoneKinds.JoinDeadline, D(2026, 1, 24)), (MilestoneKinds.MarketStart, D(2026, 7, 19)),
                (MilestoneKinds.WithdrawalWindowOpen, D(2028, 5, 19)), (MilestoneKinds.WithdrawalWindowClose, D(2028, 7, 18)),
                (MilestoneKinds.FirstPeriodEnd, D(2028, 7, 18)), (MilestoneKinds.RenewalStart, D(2028, 7, 19)),
                (MilestoneKinds.MarketEnd, D(2030, 7, 18)),
            ],
            m.Select(x => (x.Kind, x.Date)).ToList());
        Assert.Contains("24 janvier 2026 à 23 h 59", m[0].Label, StringComparison.Ordinal);
        Assert.Equal(1, m.Single(x => x.Kind == MilestoneKinds.RenewalStart).Index);
        Assert.Contains("19 juillet 2030", m[^1].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Creteil_milestones_number_each_renewal()
    {
        Assert.Equal([1, 2, 3], Creteil.Milestones.Where(m => m.Kind == MilestoneKinds.RenewalStart).Select(m => m.Index));
    }

    [Fact]
    public void Invalid_settings_are_refused_field_by_field_in_French()
    {
        var settings = new CalendarSettings(D(2026, 8, 1), D(2026, 7, 19), 0, -1, 0, 30);
        var errors = settings.Validate();
        Assert.Contains("joinDeadline", errors.Keys);
        Assert.Contains("firstPeriodMonths", errors.Keys);
        Assert.Contains("renewals", errors.Keys);
        Assert.Contains("withdrawalNoticeMonths", errors.Keys);
        Assert.Contains("doit", errors["firstPeriodMonths"][0], StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GroupementCalendar.Create(settings));
    }

    [Fact]
    public void A_notice_without_renewal_is_refused()
    {
        var errors = (Conventions.EPrimo2026 with { Renewals = 0 }).Validate();
        Assert.Equal(["withdrawalNoticeMonths"], errors.Keys);
    }

    [Fact]
    public void The_real_conventions_are_valid()
    {
        Assert.Empty(Conventions.EPrimo2026.Validate());
        Assert.Empty(Conventions.Creteil.Validate());
    }
}
