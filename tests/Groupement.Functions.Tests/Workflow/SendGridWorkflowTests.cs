using System.Net;
using System.Text;
using System.Text.Json;
using Groupement.Functions.Email.Webhook;
using Groupement.Functions.Tests.Fakes;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>The host in SendGrid mode, sending to a local fake of the SendGrid API and verifying signed webhook events.</summary>
public sealed class SendGridWorkflowHost : WorkflowHost
{
    public SendGridWorkflowHost() => Fake = FakeSendGridServer.StartAsync().GetAwaiter().GetResult();

    public FakeSendGridServer Fake { get; }

    public FakeSendGridEvents Events { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "sendgrid",
        ["SendGrid:Host"] = Fake.BaseUrl,
        ["SendGrid:ApiKey"] = "SG.test-key",
        ["SendGrid:FromEmail"] = "groupement@groupement.test",
        ["SendGrid:FromName"] = "Groupement ENT",
        ["SendGrid:RetryBaseDelay"] = "00:00:00.050",
        ["SendGrid:WebhookVerificationKey"] = Events.PublicKey,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Fake.DisposeAsync();
        Events.Dispose();
    }
}

/// <summary>The happy path with SendGrid, then a signed bounce shown on the adhésion.</summary>
public class SendGridWorkflowTests(SendGridWorkflowHost host) : IClassFixture<SendGridWorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    private static string? Arg(JsonElement mail, string section, string name)
    {
        foreach (var scope in new[] { mail, mail.GetProperty("personalizations")[0] })
            if (scope.TryGetProperty(section, out var args) && args.TryGetProperty(name, out var v)) return v.GetString();
        return null;
    }

    private static string To(JsonElement mail) => mail.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString()!;

    private async Task<RecordedRequest> WaitForMailAsync(string to, string kind)
    {
        var deadline = DateTime.UtcNow + WorkflowApi.Patience;
        while (DateTime.UtcNow < deadline)
        {
            var found = host.Fake.Requests.Where(r => To(r.Json) == to && Arg(r.Json, "custom_args", "kind") == kind).ToList();
            if (found.Count > 0) return Assert.Single(found);
            await Task.Delay(200);
        }
        throw new TimeoutException($"no '{kind}' mail to {to} reached the fake");
    }

    private async Task<HttpResponseMessage> PostEventsAsync(string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/sendgrid") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add(SendGridWebhookVerifier.SignatureHeader, signature);
        if (timestamp is not null) request.Headers.Add(SendGridWebhookVerifier.TimestampHeader, timestamp);
        return await host.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task The_member_is_enrolled_through_SendGrid_and_a_signed_bounce_shows_on_the_adhesion()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var received = await WaitForMailAsync(s.ReferentEmail, "submission-received");
        Assert.Equal("submission-received", Arg(received.Json, "headers", "X-Notification-Kind"));
        Assert.Equal("Bearer SG.test-key", received.Headers["Authorization"]);
        await WaitForMailAsync(g.ReviewerEmail, "review-needed");

        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve")).StatusCode);
        await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture");
        var session = Deliberations.SessionDate;
        Assert.Equal(HttpStatusCode.Accepted, (await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token,
            new { actId = Sirens.ActId(s.Siren, session), receivedOn = session.AddDays(2) })).StatusCode);
        await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture", a => a.GetProperty("prefecture").ValueKind == JsonValueKind.Object
            && a.GetProperty("prefecture").GetProperty("receivedOn").ValueKind == JsonValueKind.String);
        Assert.Equal(HttpStatusCode.Accepted, (await _api.PostJsonAsync($"/api/adhesions/{aid}/publication", token,
            new { publishedOn = session.AddDays(4), mode = "affichage" })).StatusCode);
        var enrolled = await _api.WaitForNotificationAsync(aid, token, "Enrolled", "enrolled");
        Assert.Equal(session.AddDays(4).ToString("yyyy-MM-dd"), enrolled.GetProperty("executoryOn").GetString());

        var mail = await WaitForMailAsync(s.ReferentEmail, "enrolled");
        var attachments = mail.Json.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Contains(attachments, a => a.GetProperty("type").GetString() == "application/pdf"
            && Convert.FromBase64String(a.GetProperty("content").GetString()!).AsSpan().StartsWith("%PDF-"u8));
        Assert.Contains(attachments, a => a.GetProperty("filename").GetString()!.EndsWith(".ics", StringComparison.Ordinal));

        // A tampered or unsigned post is refused and changes nothing.
        var bounce = FakeSendGridEvents.Body(FakeSendGridEvents.EventFor(mail, "bounce", "unknown-message-id", DateTimeOffset.UtcNow,
            "550 5.1.1 Adresse inconnue", "bounce"));
        var (signature, timestamp) = host.Events.Sign(bounce, DateTimeOffset.UtcNow);
        await WorkflowApi.AssertProblemAsync(await PostEventsAsync(bounce, null, null), 401, "INVALID_SIGNATURE");
        await WorkflowApi.AssertProblemAsync(await PostEventsAsync(bounce.Replace("550", "551", StringComparison.Ordinal), signature, timestamp), 401, "INVALID_SIGNATURE");
        using var otherKey = new FakeSendGridEvents();
        var (forged, forgedAt) = otherKey.Sign(bounce, DateTimeOffset.UtcNow);
        await WorkflowApi.AssertProblemAsync(await PostEventsAsync(bounce, forged, forgedAt), 401, "INVALID_SIGNATURE");
        // A validly signed post captured earlier (or dated ahead) is a replay: refused, changes nothing.
        var (staleSignature, staleAt) = host.Events.Sign(bounce, DateTimeOffset.UtcNow.AddMinutes(-10));
        await WorkflowApi.AssertProblemAsync(await PostEventsAsync(bounce, staleSignature, staleAt), 401, "SIGNATURE_EXPIRED");
        var (futureSignature, futureAt) = host.Events.Sign(bounce, DateTimeOffset.UtcNow.AddMinutes(10));
        await WorkflowApi.AssertProblemAsync(await PostEventsAsync(bounce, futureSignature, futureAt), 401, "SIGNATURE_EXPIRED");
        var before = await _api.GetAdhesionAsync(aid, token);
        Assert.Contains(WorkflowApi.Notifications(before), n => n.Kind == "enrolled" && n.Status == "sent");

        var accepted = await PostEventsAsync(bounce, signature, timestamp);
        var answer = await WorkflowApi.JsonAsync(accepted);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(1, answer.GetProperty("recorded").GetInt32());
        var after = await _api.GetAdhesionAsync(aid, g.CoordinatorKey);
        Assert.Contains(WorkflowApi.Notifications(after), n => n.Kind == "enrolled" && n.To == s.ReferentEmail && n.Status == "bounce");
        Assert.Contains(WorkflowApi.History(after), h => h.Event == "email-bounce" && h.By == "sendgrid" && h.Comment!.Contains("550", StringComparison.Ordinal));
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Signed_but_unreadable_events_are_400_and_unknown_messages_are_ignored()
    {
        const string garbage = "ceci n'est pas du JSON";
        var (signature, timestamp) = host.Events.Sign(garbage, DateTimeOffset.UtcNow);
        await WorkflowApi.AssertProblemAsync(await PostEventsAsync(garbage, signature, timestamp), 400, "INVALID_EVENTS");

        var unknown = FakeSendGridEvents.Body(new Dictionary<string, object?>
        {
            ["email"] = "personne@mairie.test", ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["event"] = "delivered",
            ["sg_event_id"] = "evt-1", ["sg_message_id"] = "jamais-envoye.filter0001.1.2.0",
        });
        (signature, timestamp) = host.Events.Sign(unknown, DateTimeOffset.UtcNow);
        var r = await PostEventsAsync(unknown, signature, timestamp);
        var answer = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(1, answer.GetProperty("received").GetInt32());
        Assert.Equal(0, answer.GetProperty("recorded").GetInt32());
        host.AssertNoErrors();
    }
}
