using System.Net;
using System.Net.Http.Headers;
using Groupement.Functions.Tests.Workflow;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// DESIGN §3: 25 commands on one adhésion, past the orchestration's ContinueAsNew after 20 signals: each resubmission is
/// analysed again and every email is sent exactly once, the final <c>enrolled</c> one with its attestation included
/// (idempotency keys derive from the signal or the step, never from a task counter that restarts).
/// </summary>
public sealed class LongLivedAdhesionTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private const int Loops = 11; // 11 × (request-changes, resubmission) + approve + receipt + publication = 25 commands

    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task Twenty_five_commands_past_ContinueAsNew_send_every_email_once_and_reanalyse_every_resubmission()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var commands = 0;
        for (var i = 1; i <= Loops; i++)
        {
            var comment = $"Demande n° {i} : merci de joindre la convention signée.";
            Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "request-changes", comment)).StatusCode);
            commands++;
            await _api.WaitForStatusAsync(aid, token, "ChangesRequested", a => WorkflowApi.History(a).Count(h => h.Event == "changes-requested") == i);
            using var form = new MultipartFormDataContent();
            var convention = new ByteArrayContent(Deliberations.Convention($"{s.Commune} (version {i})"));
            convention.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(convention, "convention", $"convention v{i}.pdf");
            Assert.Equal(HttpStatusCode.Accepted, (await _api.As(token).PostAsync($"/api/adhesions/{aid}/documents", form)).StatusCode);
            commands++;
            await _api.WaitForStatusAsync(aid, g.CoordinatorKey, "UnderReview", a => WorkflowApi.History(a).Count(h => h.Event == "documents-resubmitted") == i
                && WorkflowApi.Notifications(a).Count(n => n.Kind == "review-needed" && n.Status == "sent") == i + 1);
        }
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve", "Dossier complet.")).StatusCode);
        commands++;
        await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture");
        var actId = Sirens.ActId(s.Siren, Deliberations.SessionDate);
        var receipt = await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token, new { actId, receivedOn = Deliberations.SessionDate.AddDays(2) });
        Assert.Equal(HttpStatusCode.Accepted, receipt.StatusCode);
        commands++;
        await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture", a => a.GetProperty("prefecture").ValueKind == System.Text.Json.JsonValueKind.Object
            && a.GetProperty("prefecture").GetProperty("receivedOn").ValueKind == System.Text.Json.JsonValueKind.String);
        var publication = await _api.PostJsonAsync($"/api/adhesions/{aid}/publication", token,
            new { publishedOn = Deliberations.SessionDate.AddDays(5), mode = "publication-electronique", url = "https://val-des-tilleuls.test/actes/2026_061.pdf" });
        Assert.Equal(HttpStatusCode.Accepted, publication.StatusCode);
        commands++;
        Assert.Equal(25, commands);

        var enrolled = await _api.WaitForNotificationAsync(aid, g.CoordinatorKey, "Enrolled", "enrolled"); // the coordinator sees every email
        var history = WorkflowApi.History(enrolled).ToList();
        Assert.Equal(Loops, history.Count(h => h.Event == "changes-requested"));
        Assert.Equal(Loops, history.Count(h => h.Event == "documents-resubmitted"));
        Assert.Equal(1, history.Count(h => h.Event == "approved"));
        Assert.Equal(1, history.Count(h => h.Event == "enrolled"));
        Assert.DoesNotContain(history, h => h.Event == "command-refused");
        // Each resubmission was analysed again: one analysis after the submission and one after each resubmission.
        var analyses = history.Count(h => h.Event == "analysis-completed");
        Assert.True(analyses == Loops + 1, $"{analyses} analyses: {string.Join(", ", history.Select(h => h.Event))}");

        // The instance went through ContinueAsNew and is still the same instance.
        var instance = await _api.InstanceAsync(aid);
        Assert.StartsWith("Running", instance, StringComparison.Ordinal);

        var emails = ExactlyOnce.EmailsOf(Outbox.All(host.Outbox), aid);
        var referent = s.ReferentEmail.ToLowerInvariant();
        var reviewer = g.ReviewerEmail.ToLowerInvariant();
        Assert.Equal(1, emails[("submission-received", referent)]);
        Assert.Equal(1, emails[("enrolled", referent)]);
        var changes = Outbox.Of(host.Outbox, s.ReferentEmail, "changes-requested").Where(m => (m.TextBody ?? "").Contains(aid, StringComparison.Ordinal)).ToList();
        Assert.Equal(Loops, changes.Count);
        for (var i = 1; i <= Loops; i++)
            Assert.Single(changes, m => (m.TextBody ?? "").Contains($"Demande n° {i} :", StringComparison.Ordinal));
        Assert.Equal(Loops + 1, emails[("review-needed", reviewer)]);
        var listed = WorkflowApi.Notifications(enrolled).ToList();
        Assert.All(listed, n => Assert.Equal("sent", n.Status));
        Assert.Equal(listed.Count, emails.Values.Sum());
        foreach (var group in listed.GroupBy(n => (n.Kind, To: n.To.ToLowerInvariant())))
            Assert.True(emails.GetValueOrDefault(group.Key) == group.Count(), $"{group.Key}: {group.Count()} listed, {emails.GetValueOrDefault(group.Key)} written");

        var mail = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "enrolled");
        var pdf = Assert.Single(Outbox.Attachments(mail), a => a.ContentType.MimeType == "application/pdf");
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(Outbox.Bytes(pdf), 0, 5));
        host.AssertNoErrors();
    }
}
