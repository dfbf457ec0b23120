namespace Groupement.Functions.Tests.Reminders;

/// <summary>The sweep's day is the Paris civil day, whatever the UTC date, on both daylight-saving changes.</summary>
public class DaylightSavingTests
{
    [Theory]
    [InlineData("2026-04-05", "2026-03-29", 7)]  // spring forward: 00:30 Paris on the 29th is 23:30 UTC on the 28th
    [InlineData("2026-11-08", "2026-10-25", 14)] // fall back: 00:30 Paris on the 25th is 22:30 UTC on the 24th
    public async Task A_reminder_due_on_a_clock_change_day_goes_from_the_first_minutes_of_that_Paris_day(
        string deadline, string dstDay, int daysBefore)
    {
        var day = DateOnly.Parse(dstDay, System.Globalization.CultureInfo.InvariantCulture);
        await using var host = new ReminderHost(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var s = new Scenario(host);
        await s.CreateAsync("relecture@eprimo.test", deadline, "2027-01-04");
        await s.InviteAsync((Scenario.Siren("21440001"), "Commune A", "a@commune-a.test"));

        host.SetParis(day.AddDays(-1), 23, 30);
        await host.SweepAsync();
        Assert.Empty(host.Reminders());

        host.SetParis(day, 0, 30);
        Assert.Equal(day.AddDays(-1), DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime)); // still the day before in UTC
        await host.SweepAsync();
        var reminders = (await s.GroupementAsync()).GetProperty("reminders").GetProperty("sent");
        var sent = Assert.Single(reminders.EnumerateArray());
        Assert.Equal($"J-{daysBefore}", sent.GetProperty("milestone").GetString());
        Assert.Equal(dstDay, sent.GetProperty("dueOn").GetString());
        Assert.Equal(["deadline-reminder a@commune-a.test"], host.Reminders().Select(m => $"{m.Kind} {m.To}"));
    }
}
