using System.Diagnostics;
using System.Text.Json;
using Groupement.Functions.Tests.Workflow;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// DESIGN §3: two host processes on one storage account and task hub finish 200 adhésion workflows together, each
/// submitted through one host and reviewed through the other, none lost, none doubled, each email once.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class TwoHostTests(ITestOutputHelper output)
{
    private const int Adhesions = 200;

    [Fact]
    public async Task Two_host_processes_finish_200_adhesion_workflows_none_lost_none_doubled()
    {
        var clock = Stopwatch.StartNew();
        using var deployment = new SharedDeployment();
        await using var a = new ChildHost(deployment, "a");
        await using var b = new ChildHost(deployment, "b");
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        var submitApi = new HostsApi([a, b], deployment.AdminKey);
        var reviewApi = new HostsApi([b, a], deployment.AdminKey); // lane i reviews through the other host
        var g = await submitApi.CreateGroupementAsync();
        var tracked = Enumerable.Range(0, Adhesions).Select(i => new Tracked(i,
            WorkflowApi.NewSubmission(deliberationText: Deliberations.StampedText), i % 5 == 4 ? "reject" : "approve")).ToList();

        await HostsApi.ForEachAsync(tracked, 16, async t => t.Id = await submitApi.SubmitAsync(g.Id, t));
        output.WriteLine($"{clock.Elapsed}: {Adhesions} submitted");
        Assert.Equal(Adhesions, tracked.Select(t => t.Id).Distinct().Count());

        var finals = new Dictionary<string, JsonElement>();
        await HostsApi.ForEachAsync(tracked, 16, async t =>
        {
            await reviewApi.WaitAsync(t.Id!, g.CoordinatorKey, t.Lane, x => x.GetProperty("status").GetString() == "UnderReview", "reached UnderReview");
            await reviewApi.ReviewAsync(t.Id!, g.CoordinatorKey, t);
            var final = await submitApi.WaitAsync(t.Id!, g.CoordinatorKey, t.Lane, x => x.GetProperty("status").GetString() == t.FinalStatus
                && WorkflowApi.Notifications(x).Any(n => n.Kind is "enrolled" or "rejected" && n.Status == "sent"), "reached its final status with its email sent");
            lock (finals) finals[t.Id!] = final;
        });
        output.WriteLine($"{clock.Elapsed}: {Adhesions} final");

        var outbox = Outbox.All(deployment.Outbox);
        foreach (var t in tracked) ExactlyOnce.Assert(finals[t.Id!], t, g, outbox);
        Assert.Equal(outbox.Count, tracked.Sum(t => ExactlyOnce.EmailsOf(outbox, t.Id!).Values.Sum()));
        Assert.Equal(Adhesions, tracked.Count(t => finals.ContainsKey(t.Id!)));

        Assert.Equal(Adhesions * 4 / 5, finals.Values.Count(f => f.GetProperty("status").GetString() == "Enrolled"));
    }
}
