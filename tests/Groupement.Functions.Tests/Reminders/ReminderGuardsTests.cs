using Microsoft.DurableTask.Client;
using Groupement.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Reminders;

/// <summary>The schedule itself, the ledger as second guard, and the reminder on the adhésion.</summary>
public class ReminderGuardsTests
{
    [Fact]
    public async Task The_timer_runs_the_sweep_at_six_in_Paris_on_its_own()
    {
        // The clock starts at 05:00 Paris on J-14, so the scheduler's first occurrence is 06:00 that day.
        await using var host = new ReminderHost(new DateTimeOffset(2026, 1, 10, 5, 0, 0, TimeSpan.FromHours(1))) { KeepScheduler = true };
        var s = new Scenario(host);
        await s.CreateEprimoAsync("relecture@eprimo.test");
        await s.InviteAsync((Scenario.Siren("21440001"), "Commune A", "a@commune-a.test"));

        host.SetParis(new DateOnly(2026, 1, 10), 5, 59); // 04:59 UTC: not yet
        await Task.Delay(500);
        Assert.Empty(host.Reminders());
        host.SetParis(new DateOnly(2026, 1, 10), 6, 0); // 05:00 UTC, 06:00 Paris (winter time)

        var until = DateTime.UtcNow.AddMinutes(2);
        while (host.Reminders().Count == 0 && DateTime.UtcNow < until) await Task.Delay(100);
        await host.WaitForRemindersAsync();
        Assert.Equal(["deadline-reminder a@commune-a.test"], host.Reminders().Select(m => $"{m.Kind} {m.To}"));
    }

    [Fact]
    public async Task Two_hosts_sweeping_the_same_storage_at_once_send_each_reminder_once()
    {
        await using var first = new ReminderHost();
        await using var second = new ReminderHost(first);
        var s = new Scenario(first);
        await s.CreateEprimoAsync("relecture@eprimo.test");
        await s.InviteAsync((Scenario.Siren("21440001"), "Commune A", "a@commune-a.test"), (Scenario.Siren("21440002"), "Commune B", "b@commune-b.test"));
        first.SetParis(new DateOnly(2026, 1, 10));

        var runs = await Task.WhenAll(
            first.ClientWith(first.AdminKey).PostAsync("/admin/functions/DeadlineReminders", null),
            second.ClientWith(first.AdminKey).PostAsync("/admin/functions/DeadlineReminders", null));
        Assert.All(runs, r => Assert.Equal(System.Net.HttpStatusCode.Accepted, r.StatusCode));
        await first.WaitForRemindersAsync();

        Assert.Equal(["deadline-reminder a@commune-a.test", "deadline-reminder b@commune-b.test"],
            first.Reminders().Select(m => $"{m.Kind} {m.To}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_lost_instance_does_not_send_again_because_the_ledger_remembers_the_key()
    {
        await using var host = new ReminderHost();
        var s = new Scenario(host);
        await s.CreateEprimoAsync("relecture@eprimo.test");
        await s.InviteAsync((Scenario.Siren("21440001"), "Commune A", "a@commune-a.test"));
        host.SetParis(new DateOnly(2026, 1, 10));
        await host.SweepAsync();
        Assert.Single(host.Reminders());

        // The instance disappears (purged, or a host crashed before the start was visible): the sweep starts it again.
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        await foreach (var i in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "reminder-" }))
            await client.PurgeInstanceAsync(i.InstanceId);
        await host.SweepAsync();

        var instances = new List<OrchestrationMetadata>();
        await foreach (var i in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "reminder-", FetchInputsAndOutputs = true }))
            instances.Add(i);
        Assert.False(Assert.Single(instances).ReadOutputAs<bool>()); // ran, and sent nothing
        Assert.Single(host.Reminders());
    }

    [Fact]
    public async Task A_reminder_about_an_adhesion_shows_on_it()
    {
        await using var host = new ReminderHost();
        var s = new Scenario(host);
        await s.CreateEprimoAsync("relecture@eprimo.test");
        var (c, token) = await s.SubmitAsync(Scenario.Siren("21440003"), "Commune C", "ref@commune-c.test");
        await s.WaitForStatusAsync(c, "UnderReview");
        await s.CommandAsync(c, "review", new { decision = "request-changes", comment = "Il manque la convention signée." });
        await s.WaitForStatusAsync(c, "ChangesRequested");
        host.SetParis(new DateOnly(2026, 1, 17));
        await host.SweepAsync();

        var view = await Scenario.Json(await host.ClientWith(token).GetAsync($"/api/adhesions/{c}"));
        var reminder = Assert.Single(view.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("kind").GetString() == "deadline-reminder");
        Assert.Equal("ref@commune-c.test", reminder.GetProperty("to").GetString());
        Assert.Equal("sent", reminder.GetProperty("status").GetString());
        var mail = Assert.Single(host.Reminders());
        Assert.Contains($"http://groupement.test/suivi/{c}", mail.Text, StringComparison.Ordinal);

        // The coordinator's list follows the delivery status the provider reports later (here a bounce).
        var logged = Assert.Single((await s.GroupementAsync()).GetProperty("reminders").GetProperty("sent").EnumerateArray());
        Assert.Equal(("deadline-reminder", "ref@commune-c.test", "J-7", c), (logged.GetProperty("kind").GetString(),
            logged.GetProperty("to").GetString(), logged.GetProperty("milestone").GetString(), logged.GetProperty("adhesionId").GetString()));
        await host.Services.GetRequiredService<NotificationStore>().UpdateStatusAsync(c, logged.GetProperty("id").GetString()!, NotificationStatuses.Bounce);
        var after = Assert.Single((await s.GroupementAsync()).GetProperty("reminders").GetProperty("sent").EnumerateArray());
        Assert.Equal("bounce", after.GetProperty("status").GetString());
    }
}
