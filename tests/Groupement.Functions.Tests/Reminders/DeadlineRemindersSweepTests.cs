namespace Groupement.Functions.Tests.Reminders;

/// <summary>The sweep through <c>POST /admin/functions/DeadlineReminders</c>: at most once, concurrently too, and catching up.</summary>
public class DeadlineRemindersSweepTests
{
    private static readonly DateOnly Deadline = new(2026, 1, 24);

    [Fact]
    public async Task Running_the_sweep_twice_on_J_minus_14_sends_each_reminder_once()
    {
        await using var host = new ReminderHost();
        var s = await GivenTwoInvitedAndOneToCorrectAsync(host);
        host.SetParis(Deadline.AddDays(-14));

        await host.SweepAsync();
        await host.SweepAsync();

        Assert.Equal(
            ["deadline-reminder a@commune-a.test", "deadline-reminder b@commune-b.test", "deadline-reminder ref@commune-c.test"],
            host.Reminders().Select(m => $"{m.Kind} {m.To}").Order(StringComparer.Ordinal));
        Assert.All(host.Reminders(), m => Assert.Contains("24 janvier 2026", m.Text, StringComparison.Ordinal));
        var invited = host.Reminders().Single(m => m.To == "a@commune-a.test");
        Assert.Contains($"/adhesion?groupement={s.GroupementId}", invited.Text, StringComparison.Ordinal);
        Assert.Contains("courriel d'invitation", invited.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_sweeps_at_once_send_each_reminder_once()
    {
        await using var host = new ReminderHost();
        await GivenTwoInvitedAndOneToCorrectAsync(host);
        host.SetParis(Deadline.AddDays(-14));

        var admin1 = host.ClientWith(host.AdminKey);
        var admin2 = host.ClientWith(host.AdminKey);
        var runs = await Task.WhenAll(
            admin1.PostAsync("/admin/functions/DeadlineReminders", null),
            admin2.PostAsync("/admin/functions/DeadlineReminders", null));
        Assert.All(runs, r => Assert.Equal(System.Net.HttpStatusCode.Accepted, r.StatusCode));
        await host.WaitForRemindersAsync();

        var sent = host.Reminders();
        Assert.Equal(3, sent.Count);
        Assert.Equal(3, sent.Select(m => m.To).Distinct().Count());
    }

    [Fact]
    public async Task A_sweep_that_missed_days_catches_up_without_stale_reminders()
    {
        await using var host = new ReminderHost();
        var s = await GivenTwoInvitedAndOneToCorrectAsync(host);

        host.SetParis(Deadline.AddDays(-12)); // J-14 was two days ago: still sent
        await host.SweepAsync();
        Assert.Equal(3, host.Reminders().Count);

        host.SetParis(Deadline.AddDays(-5)); // J-7 two days late: sent, J-14 not again
        await host.SweepAsync();
        Assert.Equal(6, host.Reminders().Count);

        host.SetParis(Deadline.AddDays(2)); // J-2 missed and the deadline passed: no J-2; the last notice to the one in ChangesRequested
        await host.SweepAsync();
        var sent = host.Reminders();
        Assert.Equal(7, sent.Count);
        Assert.Equal(3, sent.Count(m => m.To == "ref@commune-c.test"));
        Assert.Single(sent, m => m.To == "ref@commune-c.test" && m.Text.Contains("Dernier avis", StringComparison.Ordinal));

        var reminders = (await s.GroupementAsync()).GetProperty("reminders");
        Assert.Equal(7, reminders.GetProperty("sent").GetArrayLength());
        Assert.All(reminders.GetProperty("sent").EnumerateArray(), r => Assert.Equal("sent", r.GetProperty("status").GetString()));
        Assert.Equal(3, reminders.GetProperty("sent").EnumerateArray().Count(r => r.GetProperty("milestone").GetString() == "J-7"));
        Assert.Equal(1, reminders.GetProperty("sent").EnumerateArray().Count(r => r.GetProperty("milestone").GetString() == "deadline-passed"));
        Assert.DoesNotContain(reminders.GetProperty("sent").EnumerateArray(), r => r.GetProperty("milestone").GetString() == "J-2");
    }

    /// <summary>Two invited members (A, B) who have not submitted; C submitted and was asked for changes.</summary>
    private static async Task<Scenario> GivenTwoInvitedAndOneToCorrectAsync(ReminderHost host)
    {
        var s = new Scenario(host);
        await s.CreateEprimoAsync("relecture@eprimo.test");
        await s.InviteAsync((Scenario.Siren("21440001"), "Commune A", "a@commune-a.test"), (Scenario.Siren("21440002"), "Commune B", "b@commune-b.test"));
        var (c, _) = await s.SubmitAsync(Scenario.Siren("21440003"), "Commune C", "ref@commune-c.test");
        await s.WaitForStatusAsync(c, "UnderReview");
        await s.CommandAsync(c, "review", new { decision = "request-changes", comment = "La délibération n'est pas signée." });
        await s.WaitForStatusAsync(c, "ChangesRequested");
        return s;
    }
}
