using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Groupement.Functions.Tests.Workflow;
using MimeKit;

namespace Groupement.Functions.Tests.Durability;

/// <summary>One adhésion a durability test drives: its submission, its Idempotency-Key, the decision it gets.</summary>
public sealed class Tracked(int lane, Submission submission, string decision)
{
    public int Lane { get; } = lane;
    public Submission Submission { get; } = submission;
    public string Key { get; } = "key-" + Guid.NewGuid().ToString("N");
    public string Decision { get; } = decision;
    public string FinalStatus => Decision == "approve" ? "Enrolled" : "Rejected";
    public string? Id { get; set; }
}

/// <summary>
/// HTTP calls to one or more host processes that may be killed at any moment: a call that finds no process (connection
/// refused or reset), or a 5xx, or a 409 "in progress" is tried again, on the same lane's host, until a bounded deadline.
/// </summary>
public sealed class HostsApi(IReadOnlyList<ChildHost> hosts, string adminKey)
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    // Not faster: with hundreds of adhésions polled at once, the GETs would take the CPU the engine needs.
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private HttpClient Client(int lane) => hosts[lane % hosts.Count].Http;

    private static async Task<HttpResponseMessage?> TrySendAsync(HttpClient client, Func<HttpRequestMessage> request, string? bearer)
    {
        using var r = request();
        if (bearer is not null) r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        try
        {
            return await client.SendAsync(r);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static bool Transient(HttpResponseMessage? r) => r is null || (int)r.StatusCode >= 500;

    public async Task<TestGroupement> CreateGroupementAsync()
    {
        var reviewer = $"relecteur-{Guid.NewGuid():N}@coordonnateur.test";
        var name = "Groupement durable " + Guid.NewGuid().ToString("N")[..6];
        var body = new
        {
            name,
            coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
            joinDeadline = Deliberations.Day(60), marketStart = Deliberations.Day(120),
            firstPeriodMonths = 12, renewals = 2, renewalMonths = 12, withdrawalNoticeMonths = 3,
            reviewers = new[] { reviewer }, keywords = new[] { "environnement numérique de travail", "ENT" },
        };
        var r = await TrySendAsync(Client(0), () => new HttpRequestMessage(HttpMethod.Post, "/api/groupements") { Content = JsonContent.Create(body) }, adminKey);
        Assert.NotNull(r);
        var json = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.Created, json.ToString());
        return new TestGroupement(json.GetProperty("id").GetString()!, name, json.GetProperty("coordinatorKey").GetString()!, reviewer);
    }

    /// <summary>Posts the submission with its Idempotency-Key until it is accepted; returns the adhésion id.</summary>
    public async Task<string> SubmitAsync(string gid, Tracked t, Action? accepted = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        string last = "";
        while (DateTime.UtcNow < deadline)
        {
            var r = await TrySendAsync(Client(t.Lane), () =>
            {
                var m = new HttpRequestMessage(HttpMethod.Post, $"/api/groupements/{gid}/adhesions") { Content = t.Submission.ToForm() };
                m.Headers.Add("Idempotency-Key", t.Key);
                return m;
            }, null);
            if (r is not null && r.StatusCode == HttpStatusCode.Accepted)
            {
                var id = (await WorkflowApi.JsonAsync(r)).GetProperty("adhesionId").GetString()!;
                accepted?.Invoke();
                return id;
            }
            var text = r is null ? "no answer" : $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}";
            Assert.True(Transient(r) || r!.StatusCode == HttpStatusCode.Conflict && text.Contains("IDEMPOTENCY", StringComparison.Ordinal), text);
            last = text;
            await Task.Delay(500);
        }
        throw new TimeoutException($"submission {t.Key} never accepted; last answer: {last}");
    }

    public async Task<JsonElement?> TryGetAsync(string aid, string bearer, int lane)
    {
        var r = await TrySendAsync(Client(lane), () => new HttpRequestMessage(HttpMethod.Get, $"/api/adhesions/{aid}"), bearer);
        if (Transient(r)) return null;
        Assert.True(r!.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await WorkflowApi.JsonAsync(r);
    }

    /// <summary>Polls the adhésion (through its lane's host) until <paramref name="done"/> holds.</summary>
    public async Task<JsonElement> WaitAsync(string aid, string bearer, int lane, Func<JsonElement, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        JsonElement? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (await TryGetAsync(aid, bearer, lane) is { } a)
            {
                last = a;
                if (done(a)) return a;
            }
            await Task.Delay(PollInterval);
        }
        throw new TimeoutException($"adhésion {aid} never {what}; last seen: {last}");
    }

    /// <summary>Posts the review until the adhésion has left UnderReview (a retry after a lost answer is refused by the domain).</summary>
    public async Task ReviewAsync(string aid, string coordinatorKey, Tracked t, Action? accepted = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var a = await TryGetAsync(aid, coordinatorKey, t.Lane);
            if (a is { } seen && seen.GetProperty("status").GetString() != "UnderReview") return;
            var comment = t.Decision == "reject" ? "La commune relève déjà d'un autre groupement." : "Dossier complet.";
            var r = await TrySendAsync(Client(t.Lane), () => new HttpRequestMessage(HttpMethod.Post, $"/api/adhesions/{aid}/review")
                { Content = JsonContent.Create(new { decision = t.Decision, comment }) }, coordinatorKey);
            if (r is not null && r.StatusCode == HttpStatusCode.Accepted)
            {
                accepted?.Invoke();
                // Wait for it to be applied before returning: a second post would only be refused.
                await WaitAsync(aid, coordinatorKey, t.Lane, x => x.GetProperty("status").GetString() != "UnderReview", "left UnderReview");
                return;
            }
            if (r is not null && !Transient(r))
                Assert.Fail($"review of {aid}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            await Task.Delay(500);
        }
        throw new TimeoutException($"review of {aid} never accepted");
    }

    /// <summary>Runs <paramref name="work"/> over <paramref name="items"/> with at most <paramref name="parallel"/> at once.</summary>
    public static Task ForEachAsync<T>(IEnumerable<T> items, int parallel, Func<T, Task> work) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) => await work(item));
}

/// <summary>What the adhésions' final state must show after any crash or race: everything once, nothing lost.</summary>
public static class ExactlyOnce
{
    /// <summary>The emails of the pickup folder that concern <paramref name="aid"/>, by (kind, recipient).</summary>
    public static Dictionary<(string Kind, string To), int> EmailsOf(IReadOnlyList<MimeMessage> all, string aid) =>
        all.Where(m => (m.TextBody + m.HtmlBody).Contains(aid, StringComparison.Ordinal))
            .SelectMany(m => m.To.Mailboxes.Select(b => (Kind: Outbox.Kind(m) ?? "?", To: b.Address.ToLowerInvariant())))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Asserts, for one adhésion in its final state: one adhésion for its SIREN, every command once in its history,
    /// every notification the read model lists sent and written exactly once to the pickup folder, and the expected
    /// kinds among them.
    /// </summary>
    public static void Assert(JsonElement adhesion, Tracked t, TestGroupement g, IReadOnlyList<MimeMessage> outbox)
    {
        var aid = t.Id!;
        Xunit.Assert.Equal(t.FinalStatus, adhesion.GetProperty("status").GetString());
        var events = WorkflowApi.History(adhesion).Select(h => h.Event).ToList();
        Xunit.Assert.Equal(1, events.Count(e => e == "submitted"));
        Xunit.Assert.Equal(1, events.Count(e => e == (t.Decision == "approve" ? "approved" : "rejected")));
        var notifications = WorkflowApi.Notifications(adhesion).ToList();
        Xunit.Assert.All(notifications, n => Xunit.Assert.True(n.Status == "sent", $"{aid}: {n}"));
        var emails = EmailsOf(outbox, aid);
        var listed = notifications.Select(n => (n.Kind, To: n.To.ToLowerInvariant())).ToList();
        Xunit.Assert.True(listed.Count == listed.Distinct().Count(), $"{aid}: a notification listed twice: {string.Join(", ", listed)}");
        Xunit.Assert.True(emails.Keys.Order().SequenceEqual(listed.Order()),
            $"{aid}: emails {string.Join(", ", emails.Keys)} vs notifications {string.Join(", ", listed)}");
        Xunit.Assert.All(emails, e => Xunit.Assert.True(e.Value == 1, $"{aid}: {e.Value} × {e.Key}"));
        var referent = t.Submission.ReferentEmail.ToLowerInvariant();
        Xunit.Assert.Contains(("submission-received", referent), emails.Keys);
        Xunit.Assert.Contains(("review-needed", g.ReviewerEmail.ToLowerInvariant()), emails.Keys);
        Xunit.Assert.Contains((t.Decision == "approve" ? "enrolled" : "rejected", referent), emails.Keys);
    }
}
