using System.Net;
using System.Text.Json;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>From submission to Enrolled over HTTP, with the emails read back from the pickup folder.</summary>
public class HappyPathTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task Submission_review_receipt_and_publication_enrol_the_member_and_tell_everyone()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);

        var review = await _api.WaitForStatusAsync(aid, g.CoordinatorKey, "UnderReview");
        Assert.Empty(WorkflowApi.ErrorFindings(review));
        Assert.Contains("NOT_YET_EXECUTORY", WorkflowApi.FindingCodes(review));
        var facts = review.GetProperty("deliberation");
        Assert.Equal(Deliberations.SessionDate.ToString("yyyy-MM-dd"), facts.GetProperty("sessionDate").GetString());
        Assert.Equal(17, facts.GetProperty("votesCast").GetInt32());
        Assert.Equal(s.Siren, review.GetProperty("member").GetProperty("siren").GetString());
        Assert.Equal(2, review.GetProperty("needs").GetArrayLength());
        var documents = review.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["convention", "deliberation"], documents.Select(d => d.GetProperty("kind").GetString()).Order());
        Assert.All(documents, d => Assert.Equal(64, d.GetProperty("sha256").GetString()!.Length));

        var received = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "submission-received");
        Assert.Contains(aid, received.TextBody);
        var reviewNeeded = await Outbox.WaitForAsync(host.Outbox, g.ReviewerEmail, "review-needed");
        Assert.Contains(aid, reviewNeeded.TextBody + reviewNeeded.HtmlBody);

        var approve = await _api.ReviewAsync(aid, g.CoordinatorKey, "approve", "Dossier complet.");
        Assert.Equal(HttpStatusCode.Accepted, approve.StatusCode);
        await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture");
        var attestation = await _api.As(token).GetAsync($"/api/adhesions/{aid}/attestation.pdf");
        await WorkflowApi.AssertProblemAsync(attestation, 409, "NOT_ENROLLED");

        var actId = Sirens.ActId(s.Siren, Deliberations.SessionDate);
        var receivedOn = Deliberations.SessionDate.AddDays(2);
        var publishedOn = Deliberations.SessionDate.AddDays(5);
        var receipt = await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token, new { actId, receivedOn });
        Assert.Equal(HttpStatusCode.Accepted, receipt.StatusCode);
        await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture", a => a.GetProperty("prefecture").ValueKind == JsonValueKind.Object
            && a.GetProperty("prefecture").GetProperty("receivedOn").GetString() == receivedOn.ToString("yyyy-MM-dd"));
        var publication = await _api.PostJsonAsync($"/api/adhesions/{aid}/publication", token, new { publishedOn, mode = "publication-electronique", url = "https://val-des-tilleuls.test/actes/2026_061.pdf" });
        Assert.Equal(HttpStatusCode.Accepted, publication.StatusCode);

        var enrolled = await _api.WaitForNotificationAsync(aid, token, "Enrolled", "enrolled");
        Assert.Equal(publishedOn.ToString("yyyy-MM-dd"), enrolled.GetProperty("executoryOn").GetString());
        Assert.Equal(actId, enrolled.GetProperty("prefecture").GetProperty("actId").GetString());
        Assert.Equal("publication-electronique", enrolled.GetProperty("publication").GetProperty("mode").GetString());
        var notifications = WorkflowApi.Notifications(enrolled).ToList();
        Assert.Contains(notifications, n => n.Kind == "submission-received" && n.To == s.ReferentEmail);
        Assert.DoesNotContain(notifications, n => n.Kind == "review-needed" || n.To == g.ReviewerEmail); // the member sees only its own emails
        Assert.Contains(WorkflowApi.Notifications(await _api.GetAdhesionAsync(aid, g.CoordinatorKey)), n => n.Kind == "review-needed" && n.To == g.ReviewerEmail);
        Assert.Contains(notifications, n => n.Kind == "enrolled" && n.To == s.ReferentEmail && n.Status == "sent");
        var events = WorkflowApi.History(enrolled).Select(h => h.Event).ToList();
        Assert.Equal("submitted", events[0]);
        Assert.Contains("approved", events);
        Assert.Equal("enrolled", events[^1]);
        Assert.Contains(WorkflowApi.History(enrolled), h => h.Event == "approved" && h.By == "coordinator" && h.Comment == "Dossier complet.");

        var mail = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "enrolled");
        Assert.Contains(aid, mail.TextBody);
        var attachments = Outbox.Attachments(mail);
        var pdf = Assert.Single(attachments, a => a.ContentType.MimeType == "application/pdf");
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(Outbox.Bytes(pdf), 0, 5));
        var ics = Assert.Single(attachments, a => a.FileName?.EndsWith(".ics", StringComparison.Ordinal) == true);
        Assert.Contains("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString(Outbox.Bytes(ics)));
        Assert.Single(Outbox.Of(host.Outbox, s.ReferentEmail, "submission-received"));

        var attestationNow = await _api.As(token).GetAsync($"/api/adhesions/{aid}/attestation.pdf");
        Assert.Equal(HttpStatusCode.OK, attestationNow.StatusCode);
        Assert.Equal("application/pdf", attestationNow.Content.Headers.ContentType?.MediaType);
        host.AssertNoErrors();
    }

    [Fact]
    public async Task A_stamped_deliberation_goes_straight_to_Enrolled_on_approval()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission(deliberationText: Deliberations.StampedText);
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        var review = await _api.WaitForStatusAsync(aid, token, "UnderReview");
        Assert.Empty(WorkflowApi.ErrorFindings(review));
        Assert.Equal(Sirens.ActId(s.Siren, Deliberations.SessionDate), review.GetProperty("prefecture").GetProperty("actId").GetString());

        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve")).StatusCode);
        var enrolled = await _api.WaitForNotificationAsync(aid, token, "Enrolled", "enrolled");
        Assert.Equal(Deliberations.SessionDate.AddDays(3).ToString("yyyy-MM-dd"), enrolled.GetProperty("executoryOn").GetString());
        await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "enrolled");
        host.AssertNoErrors();
    }
}
