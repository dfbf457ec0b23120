using Groupement.Domain.Time;
using Microsoft.Extensions.Time.Testing;

namespace Groupement.Domain.Tests.Time;

public class ParisTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-01-24T22:59:59Z", "2026-01-24")] // 23:59:59 in winter (UTC+1)
    [InlineData("2026-01-24T23:00:00Z", "2026-01-25")] // midnight in Paris, still the 24th in UTC
    [InlineData("2026-07-18T21:59:59Z", "2026-07-18")] // 23:59:59 in summer (UTC+2)
    [InlineData("2026-07-18T22:00:00Z", "2026-07-19")]
    [InlineData("2026-03-29T00:59:59Z", "2026-03-29")] // 01:59:59 CET, just before the spring change
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29")] // 03:00 CEST
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25")] // 02:30 CEST, first pass
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25")] // 02:30 CET, second pass
    public void An_instant_falls_on_the_civil_day_shown_in_Paris(string instant, string day)
    {
        Assert.Equal(DateOnly.Parse(day), Paris.ToCivilDay(DateTimeOffset.Parse(instant)));
    }

    [Fact]
    public void Today_reads_the_given_clock_in_Paris()
    {
        var clock = new FakeTimeProvider(Utc(2026, 12, 31, 23, 30));
        Assert.Equal(new DateOnly(2027, 1, 1), Paris.Today(clock));
    }

    [Fact]
    public void Start_of_day_is_midnight_in_Paris_in_winter_and_summer()
    {
        Assert.Equal(Utc(2026, 1, 24, 23), Paris.StartOfDay(new DateOnly(2026, 1, 25)));
        Assert.Equal(Utc(2026, 7, 18, 22), Paris.StartOfDay(new DateOnly(2026, 7, 19)));
        Assert.Equal(Utc(2026, 1, 24, 23), Paris.EndOfDayExclusive(new DateOnly(2026, 1, 24)));
    }

    [Fact]
    public void Days_around_the_changes_of_time_have_23_and_25_hours()
    {
        var spring = Paris.EndOfDayExclusive(new DateOnly(2026, 3, 29)) - Paris.StartOfDay(new DateOnly(2026, 3, 29));
        var autumn = Paris.EndOfDayExclusive(new DateOnly(2026, 10, 25)) - Paris.StartOfDay(new DateOnly(2026, 10, 25));
        Assert.Equal(TimeSpan.FromHours(23), spring);
        Assert.Equal(TimeSpan.FromHours(25), autumn);
    }

    [Fact]
    public void A_wall_time_skipped_in_spring_moves_forward_by_the_gap()
    {
        var at = Paris.At(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));
        Assert.Equal(Utc(2026, 3, 29, 1, 30), at.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(2), at.Offset);
    }

    [Fact]
    public void A_wall_time_repeated_in_autumn_resolves_to_its_first_occurrence()
    {
        var at = Paris.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30));
        Assert.Equal(Utc(2026, 10, 25, 0, 30), at.ToUniversalTime());
    }

    [Fact]
    public void Six_in_the_morning_is_five_utc_in_winter_and_four_in_summer()
    {
        Assert.Equal(Utc(2026, 1, 10, 5), Paris.At(new DateOnly(2026, 1, 10), new TimeOnly(6, 0)));
        Assert.Equal(Utc(2026, 7, 10, 4), Paris.At(new DateOnly(2026, 7, 10), new TimeOnly(6, 0)));
    }

    [Theory]
    [InlineData("2026-05-01", "1er mai 2026")]
    [InlineData("2028-07-18", "18 juillet 2028")]
    [InlineData("2030-08-19", "19 août 2030")]
    [InlineData("2026-02-02", "2 février 2026")]
    public void French_dates_are_written_out(string day, string expected)
    {
        Assert.Equal(expected, FrenchDate.Format(DateOnly.Parse(day)));
    }
}
