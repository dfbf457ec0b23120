using System.Net;
using System.Net.Http.Headers;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>The coordinator's decisions: changes requested and resubmitted, rejection, approval over error findings.</summary>
public class ReviewLoopTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task Changes_requested_then_new_documents_are_analysed_again_and_approved()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");

        await WorkflowApi.AssertProblemAsync(await _api.ReviewAsync(aid, g.CoordinatorKey, "request-changes"), 422, "COMMENT_REQUIRED");
        await WorkflowApi.AssertProblemAsync(await _api.ReviewAsync(aid, g.CoordinatorKey, "request-changes", "   "), 422, "COMMENT_REQUIRED");
        const string comment = "Merci de joindre la convention signée par le Maire.";
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "request-changes", comment)).StatusCode);
        var changes = await _api.WaitForNotificationAsync(aid, token, "ChangesRequested", "changes-requested");
        Assert.Contains(WorkflowApi.History(changes), h => h.Event == "changes-requested" && h.Comment == comment);
        var mail = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "changes-requested");
        Assert.Contains(comment, mail.TextBody);
        Assert.Contains(comment, mail.HtmlBody);

        using var form = new MultipartFormDataContent();
        var convention = new ByteArrayContent(Deliberations.Convention(s.Commune + " (signée)"));
        convention.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(convention, "convention", "convention signée.pdf");
        var resubmit = await _api.As(token).PostAsync($"/api/adhesions/{aid}/documents", form);
        Assert.Equal(HttpStatusCode.Accepted, resubmit.StatusCode);

        var again = await _api.WaitForStatusAsync(aid, g.CoordinatorKey, "UnderReview",
            a => WorkflowApi.History(a).Any(h => h.Event == "documents-resubmitted")
                && WorkflowApi.Notifications(a).Count(n => n.Kind == "review-needed" && n.Status != "pending") >= 2);
        Assert.Equal(2, Outbox.Of(host.Outbox, g.ReviewerEmail, "review-needed").Count);
        Assert.Contains(WorkflowApi.History(again), h => h.Event == "documents-resubmitted" && h.By == "member");
        Assert.Equal(2, again.GetProperty("documents").EnumerateArray().Count(d => d.GetProperty("kind").GetString() == "convention"));
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve")).StatusCode);
        await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task A_rejection_ends_the_adhesion_and_tells_the_referent()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        const string comment = "La commune relève déjà d'un autre groupement pour l'ENT.";
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "reject", comment)).StatusCode);
        var rejected = await _api.WaitForNotificationAsync(aid, token, "Rejected", "rejected");
        Assert.Contains(WorkflowApi.History(rejected), h => h.Event == "rejected" && h.Comment == comment);
        var mail = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "rejected");
        Assert.Contains(comment, mail.TextBody);

        var again = await _api.ReviewAsync(aid, g.CoordinatorKey, "approve");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await WorkflowApi.JsonAsync(again);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("code").GetString()));
        Assert.Equal("Rejected", (await _api.GetAdhesionAsync(aid, token)).GetProperty("status").GetString());
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Error_findings_block_approval_until_overridden_with_a_comment()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission(deliberationText: (commune, _) => Deliberations.QuorumNotMetText(commune));
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        var review = await _api.WaitForStatusAsync(aid, token, "UnderReview");
        Assert.Contains("QUORUM_NOT_MET", WorkflowApi.ErrorFindings(review));
        // The reviewer sees where the finding was read: page, line and the quoted passage, which is in the délibération.
        var quorum = review.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "QUORUM_NOT_MET");
        var evidence = quorum.GetProperty("evidence");
        Assert.True(evidence.GetProperty("page").GetInt32() >= 1 && evidence.GetProperty("line").GetInt32() >= 1);
        var quote = evidence.GetProperty("quote").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(quote));
        Assert.Contains(quote.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], Deliberations.QuorumNotMetText(s.Commune), StringComparison.Ordinal);
        Assert.Equal("text", review.GetProperty("deliberation").GetProperty("source").GetString());
        var reviewMail = await Outbox.WaitForAsync(host.Outbox, g.ReviewerEmail, "review-needed");
        Assert.Contains("quorum", reviewMail.TextBody, StringComparison.OrdinalIgnoreCase);

        await WorkflowApi.AssertProblemAsync(await _api.ReviewAsync(aid, g.CoordinatorKey, "approve", "ok"), 422, "FINDINGS_BLOCK_APPROVAL");
        var noComment = await _api.ReviewAsync(aid, g.CoordinatorKey, "approve", null, overrideFindings: true);
        Assert.Equal(422, (int)noComment.StatusCode);
        Assert.Equal("UnderReview", (await _api.GetAdhesionAsync(aid, token)).GetProperty("status").GetString());

        const string why = "Seconde convocation après défaut de quorum : l'extrait joint en annexe le montre.";
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve", why, overrideFindings: true)).StatusCode);
        var approved = await _api.WaitForStatusAsync(aid, token, "AwaitingPrefecture");
        Assert.Contains(WorkflowApi.History(approved), h => h.Event == "approved" && h.Comment == why && h.By == "coordinator");
        host.AssertNoErrors();
    }
}
