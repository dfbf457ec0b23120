using System.Diagnostics;
using Groupement.Functions.Tests.Workflow;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// DESIGN §3: a crash at any point loses no adhésion, no command and no email. The local host runs as a child process
/// and is killed -9 during submissions, right after reviews are posted, and while the decision emails are sent; each
/// time it is started again on the same storage and task hub, and the clients simply retry what got no answer.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Adhesions = 24;

    [Fact]
    public async Task A_host_killed_during_submissions_reviews_and_emails_loses_and_doubles_nothing()
    {
        var clock = Stopwatch.StartNew();
        using var deployment = new SharedDeployment();
        await using var host = new ChildHost(deployment, "crash");
        await host.StartAsync();
        var api = new HostsApi([host], deployment.AdminKey);
        var g = await api.CreateGroupementAsync();
        var tracked = Enumerable.Range(0, Adhesions).Select(i => new Tracked(0,
            WorkflowApi.NewSubmission(deliberationText: Deliberations.StampedText), i % 4 == 3 ? "reject" : "approve")).ToList();

        // 1. Killed while submissions are in flight. A request cut by the kill keeps its Idempotency-Key claimed for
        //    two minutes (a retry is answered 409 "in progress" until then): those are retried meanwhile, while the
        //    adhésions accepted before the kill go on through the next two kills.
        var accepted = 0;
        var submissions = HostsApi.ForEachAsync(tracked, 6, async t => t.Id = await api.SubmitAsync(g.Id, t, () => Interlocked.Increment(ref accepted)));
        await Until(() => Volatile.Read(ref accepted) >= Adhesions / 3, "a third of the submissions accepted");
        host.Kill();
        var early = tracked.Where(t => t.Id is not null).ToList();
        output.WriteLine($"{clock.Elapsed}: killed after {early.Count} submissions accepted");
        await host.StartAsync();

        // The same Idempotency-Key again: the same adhésion, not a second one.
        Assert.Equal(early[0].Id, await api.SubmitAsync(g.Id, early[0]));

        await HostsApi.ForEachAsync(early, 8, t => api.WaitAsync(t.Id!, g.CoordinatorKey, 0,
            a => a.GetProperty("status").GetString() == "UnderReview", "reached UnderReview"));
        output.WriteLine($"{clock.Elapsed}: {early.Count} under review");

        // 2. Killed right after reviews were posted (their signals are in the queues, not yet applied).
        var reviewed = 0;
        var reviews = HostsApi.ForEachAsync(early, 8, t => api.ReviewAsync(t.Id!, g.CoordinatorKey, t, () => Interlocked.Increment(ref reviewed)));
        await Until(() => Volatile.Read(ref reviewed) >= Math.Max(1, early.Count / 4), "a quarter of the reviews posted");
        await host.RestartAsync();
        output.WriteLine($"{clock.Elapsed}: killed after {Volatile.Read(ref reviewed)} reviews posted");

        // 3. Killed while the decision emails (the enrolled ones carry the attestation) are being written.
        var before = DecisionEmails(deployment.Outbox);
        await Until(() => DecisionEmails(deployment.Outbox) > before, "a decision email after the restart");
        host.Kill();
        output.WriteLine($"{clock.Elapsed}: killed with {DecisionEmails(deployment.Outbox)} of {early.Count} decision emails written ({before} before)");
        await host.StartAsync();
        await reviews;

        // The submissions cut by the first kill complete, once, and go the same way.
        await submissions;
        Assert.Equal(Adhesions, tracked.Select(t => t.Id).Distinct().Count());
        var late = tracked.Except(early).ToList();
        await HostsApi.ForEachAsync(late, 8, async t =>
        {
            await api.WaitAsync(t.Id!, g.CoordinatorKey, 0, a => a.GetProperty("status").GetString() == "UnderReview", "reached UnderReview");
            await api.ReviewAsync(t.Id!, g.CoordinatorKey, t);
        });

        var finals = new Dictionary<string, System.Text.Json.JsonElement>();
        await HostsApi.ForEachAsync(tracked, 8, async t =>
        {
            var a = await api.WaitAsync(t.Id!, g.CoordinatorKey, 0, x => x.GetProperty("status").GetString() == t.FinalStatus
                && WorkflowApi.Notifications(x).Any(n => n.Kind is "enrolled" or "rejected" && n.Status == "sent"), "reached its final status with its email sent");
            lock (finals) finals[t.Id!] = a;
        });
        output.WriteLine($"{clock.Elapsed}: all final");
        var outbox = Outbox.All(deployment.Outbox);
        foreach (var t in tracked) ExactlyOnce.Assert(finals[t.Id!], t, g, outbox);
        // Nothing else was sent: every email of the folder belongs to one of these adhésions.
        Assert.Equal(outbox.Count, tracked.Sum(t => ExactlyOnce.EmailsOf(outbox, t.Id!).Values.Sum()));
    }

    internal static int DecisionEmails(string outbox) =>
        Directory.GetFiles(outbox, "*.eml").Count(f => File.ReadLines(f).TakeWhile(l => l.Length > 0)
            .Any(l => l is "X-Notification-Kind: enrolled" or "X-Notification-Kind: rejected"));

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + HostsApi.Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("never: " + what);
            await Task.Delay(20);
        }
    }
}

/// <summary>The tests that start host processes run one at a time (2 cores; each one already loads them fully).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DurabilityCollection
{
    public const string Name = "Durability";
}
