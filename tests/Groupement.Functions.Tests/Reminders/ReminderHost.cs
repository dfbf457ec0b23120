using Groupement.Domain.Time;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Storage;
using Groupement.Functions.Tests.Hosting;
using Groupement.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Groupement.Functions.Tests.Reminders;

/// <summary>
/// The real host over Azurite with a fake clock (the stores and the sweep read it; the engine keeps real time), its own
/// tables (so the sweep sees only this host's groupements) and no background timer (the tests run the sweep by HTTP).
/// </summary>
public class ReminderHost : GroupementHost
{
    private readonly ReminderHost? _partner;

    /// <summary>A host whose clock starts at <paramref name="start"/> (default 2026-01-01 06:00 Paris).</summary>
    public ReminderHost(DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 1, 1, 5, 0, 0, TimeSpan.Zero));
        TablePrefix = Azurite.UniqueName("rem").ToLowerInvariant();
    }

    /// <summary>A second process over the same storage, task hub, pickup folder and clock as <paramref name="partner"/>.</summary>
    public ReminderHost(ReminderHost partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        _partner = partner;
        Clock = partner.Clock;
        TablePrefix = partner.TablePrefix;
    }

    public FakeTimeProvider Clock { get; }

    protected override IDictionary<string, string?> Settings => _partner is null
        ? base.Settings
        : new Dictionary<string, string?>
        {
            ["Auth:AdminKey"] = _partner.AdminKey,
            ["Durable:TaskHubName"] = _partner.TaskHub,
            ["Email:PickupDirectory"] = _partner.Outbox,
        };

    /// <summary>Keep the NCRONTAB scheduler running on the fake clock.</summary>
    public bool KeepScheduler { get; init; }

    public string TablePrefix { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton(StorageNames.WithPrefix(TablePrefix));
            // The scheduler would run the sweep by itself whenever the fake clock crosses 06:00: most tests drive it.
            if (!KeepScheduler)
                foreach (var d in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "TimerScheduler").ToList())
                    s.Remove(d);
        });
    }

    /// <summary>Sets the clock to <paramref name="time"/> (Paris wall-clock) on <paramref name="day"/>.</summary>
    public void SetParis(DateOnly day, int hour = 6, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        var instant = new DateTimeOffset(local, Paris.Zone.GetUtcOffset(local));
        if (instant < Clock.GetUtcNow()) throw new InvalidOperationException($"The clock only moves forward ({instant:o} < {Clock.GetUtcNow():o}).");
        Clock.SetUtcNow(instant);
    }

    /// <summary>Runs the sweep by the admin route and waits until every reminder orchestration has finished.</summary>
    public async Task SweepAsync(HttpClient? admin = null)
    {
        var r = await (admin ?? ClientWith(_partner?.AdminKey ?? AdminKey)).PostAsync("/admin/functions/DeadlineReminders", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, r.StatusCode);
        await WaitForRemindersAsync();
    }

    public async Task WaitForRemindersAsync()
    {
        var client = Services.GetRequiredService<DurableTaskClient>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var running = new List<string>();
            await foreach (var i in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "reminder-" }))
            {
                Assert.NotEqual(OrchestrationRuntimeStatus.Failed, i.RuntimeStatus);
                if (!i.IsCompleted) running.Add(i.InstanceId);
            }
            if (running.Count == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Reminders still running: {string.Join(", ", running)}");
            await Task.Delay(100);
        }
    }

    /// <summary>Every email in the outbox: (kind, recipient, file).</summary>
    public IReadOnlyList<SentMail> Mails() =>
    [
        .. Directory.EnumerateFiles(Outbox, "*.eml").Order(StringComparer.Ordinal).Select(path =>
        {
            using var stream = File.OpenRead(path);
            var m = MimeMessage.Load(stream);
            return new SentMail(m.Headers["X-Notification-Kind"] ?? "", m.To.Mailboxes.Single().Address.ToLowerInvariant(), Path.GetFileName(path),
                m.TextBody ?? "");
        }),
    ];

    /// <summary>The reminders in the outbox (kinds of issue 5 only).</summary>
    public IReadOnlyList<SentMail> Reminders() => [.. Mails().Where(m => ReminderKinds.Contains(m.Kind))];

    public static readonly IReadOnlySet<string> ReminderKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "deadline-reminder", "review-reminder", "prefecture-reminder", "withdrawal-window-open", "market-end",
    };
}

public sealed record SentMail(string Kind, string To, string File, string Text);
