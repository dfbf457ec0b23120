using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Groupement.Functions.Tests.Workflow;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// Issue 12: a member retrying a submission cut by a crash (kill -9 of the host) succeeds within seconds of the host's
/// return, with the same Idempotency-Key: the key is claimed only around the short commit, and a claim left by the
/// dead request lapses in seconds. While a claim is live, the 409 says when to retry (Retry-After).
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class RecoveryTests(ITestOutputHelper output)
{
    private const int Adhesions = 12;

    // Loose for a loaded machine: the claim lapses 5 s after it was taken, before the kill.
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_retry_after_a_crash_mid_submission_succeeds_within_seconds_of_the_restart()
    {
        using var deployment = new SharedDeployment();
        await using var host = new ChildHost(deployment, "recovery");
        await host.StartAsync();
        var api = new HostsApi([host], deployment.AdminKey);
        var g = await api.CreateGroupementAsync();
        var tracked = Enumerable.Range(0, Adhesions).Select(_ => new Tracked(0, WorkflowApi.NewSubmission(), "approve")).ToList();

        var accepted = new ConcurrentDictionary<string, long>();
        var conflicts = new ConcurrentBag<string?>();
        long back = 0;
        var submissions = HostsApi.ForEachAsync(tracked, 6, async t => t.Id = await SubmitAsync(host.Http, g.Id, t, accepted, conflicts));
        while (accepted.Count < 2) await Task.Delay(20);
        host.Kill();
        var cut = tracked.Where(t => !accepted.ContainsKey(t.Key)).ToList();
        await host.StartAsync();
        Interlocked.Exchange(ref back, Stopwatch.GetTimestamp());
        await submissions;

        // Every submission cut by the kill (or sent while the host was down) is accepted soon after the host is back.
        var recovery = cut.Select(t => Stopwatch.GetElapsedTime(Volatile.Read(ref back), accepted[t.Key])).Max();
        output.WriteLine($"{cut.Count} submissions cut by the kill; the last accepted {recovery.TotalSeconds:F1} s after the host was back " +
            $"(bound {RecoveryBound.TotalSeconds:F0} s; issue 12 measured 111 s); {conflicts.Count} answers 409 in progress meanwhile");
        Assert.NotEmpty(cut);
        Assert.True(recovery <= RecoveryBound, $"the last retry succeeded {recovery.TotalSeconds:F1} s after the restart");
        Assert.All(conflicts, retryAfter => Assert.True(int.TryParse(retryAfter, out var s) && s is >= 1 and <= 5, $"Retry-After: {retryAfter}"));

        // Nothing lost, nothing doubled: one adhésion per key, each on its way.
        Assert.Equal(Adhesions, tracked.Select(t => t.Id).Distinct().Count());
        await HostsApi.ForEachAsync(tracked, 6, t => api.WaitAsync(t.Id!, g.CoordinatorKey, 0,
            a => a.GetProperty("status").GetString() == "UnderReview", "reached UnderReview"));
    }

    // The client a person's browser is: the same key again after no answer, a 5xx or a 409 (honouring Retry-After).
    private static async Task<string> SubmitAsync(HttpClient http, string gid, Tracked t, ConcurrentDictionary<string, long> accepted, ConcurrentBag<string?> conflicts)
    {
        var deadline = DateTime.UtcNow + HostsApi.Patience;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var m = new HttpRequestMessage(HttpMethod.Post, $"/api/groupements/{gid}/adhesions") { Content = t.Submission.ToForm() };
            m.Headers.Add("Idempotency-Key", t.Key);
            HttpResponseMessage? r = null;
            try
            {
                r = await http.SendAsync(m);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            if (r?.StatusCode == HttpStatusCode.Accepted)
            {
                accepted[t.Key] = Stopwatch.GetTimestamp();
                return (await WorkflowApi.JsonAsync(r)).GetProperty("adhesionId").GetString()!;
            }
            last = r is null ? "no answer" : $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}";
            if (r?.StatusCode == HttpStatusCode.Conflict)
            {
                Assert.Contains("IDEMPOTENCY_KEY_IN_PROGRESS", last, StringComparison.Ordinal);
                var after = r.Headers.TryGetValues("Retry-After", out var v) ? v.FirstOrDefault() : null;
                conflicts.Add(after);
                await Task.Delay(TimeSpan.FromSeconds(int.TryParse(after, out var s) ? Math.Min(s, 5) : 1));
                continue;
            }
            Assert.True(r is null || (int)r.StatusCode >= 500, last);
            await Task.Delay(250);
        }
        throw new TimeoutException($"submission {t.Key} never accepted; last answer: {last}");
    }
}
