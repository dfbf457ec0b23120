using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>Odd but possible requests: each is answered with a problem and a code, never a 500.</summary>
public class EdgeCaseTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task AssertClientErrorAsync(HttpResponseMessage r, string? code = null)
    {
        var json = await WorkflowApi.JsonAsync(r);
        Assert.True((int)r.StatusCode is >= 400 and < 500, $"{(int)r.StatusCode}: {json}\n{string.Join("\n", host.Errors)}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        if (code is not null) Assert.Equal(code, json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Malformed_bodies_and_parameters_are_client_errors()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var coordinator = _api.As(g.CoordinatorKey);

        await AssertClientErrorAsync(await coordinator.PostAsync($"/api/adhesions/{aid}/review", Json("null")), "INVALID_JSON");
        await AssertClientErrorAsync(await coordinator.PostAsync($"/api/adhesions/{aid}/review", Json("""{"decision":"approve","overrideFindings":"oui"}""")), "INVALID_JSON");
        await AssertClientErrorAsync(await coordinator.PostAsync($"/api/adhesions/{aid}/review", Json("[1,2]")), "INVALID_JSON");
        await AssertClientErrorAsync(await coordinator.PostAsync($"/api/groupements/{g.Id}/invitations", Json("""{"siren":"x"}""")), "INVALID_JSON");
        await AssertClientErrorAsync(await coordinator.PostAsync($"/api/groupements/{g.Id}/invitations", Json("[null]")));
        await AssertClientErrorAsync(await coordinator.GetAsync($"/api/groupements/{g.Id}/adhesions?status=Inconnu"), "INVALID_STATUS");
        await AssertClientErrorAsync(await _api.As(host.AdminKey).PostAsync("/api/groupements", Json("""{"name":"G","joinDeadline":"31/12/2026"}""")), "INVALID_JSON");
        await AssertClientErrorAsync(await _api.As(host.AdminKey).PostAsync("/api/groupements", Json("{}")));
        await AssertClientErrorAsync(await _api.PostSubmissionAsync("groupement-inconnu", s), "GROUPEMENT_NOT_FOUND");
        await AssertClientErrorAsync(await _api.PostSubmissionAsync(g.Id, s), "ADHESION_ALREADY_EXISTS");
        await AssertClientErrorAsync(await _api.PostSubmissionAsync(g.Id, WorkflowApi.NewSubmission(), idempotencyKey: new string('k', 300)), "INVALID_IDEMPOTENCY_KEY");
        var brokenMember = s with { MemberJson = "{ pas du json" };
        await AssertClientErrorAsync(await _api.PostSubmissionAsync(g.Id, brokenMember));
        var unknownFile = s with { Files = [.. s.Files, ("photo", "photo.pdf", s.Files[1].Bytes, "application/pdf")] };
        await AssertClientErrorAsync(await _api.PostSubmissionAsync(g.Id, unknownFile), "UNKNOWN_FILE_FIELD");

        var truncated = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"member\"\r\n\r\n{\"siren\""));
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        await AssertClientErrorAsync(await _api.As(null).PostAsync($"/api/groupements/{g.Id}/adhesions", truncated));

        var publication = await _api.PostJsonAsync($"/api/adhesions/{aid}/publication", token, new { publishedOn = "2026-10-01", mode = "journal" });
        var problem = await WorkflowApi.AssertProblemAsync(publication, 400, "VALIDATION_FAILED");
        Assert.True(problem.GetProperty("errors").TryGetProperty("mode", out _));
        await AssertClientErrorAsync(await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token, new { actId = "", receivedOn = (string?)null }), "VALIDATION_FAILED");
        var session = Deliberations.SessionDate;
        var wrongDate = await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token, new { actId = Sirens.ActId(s.Siren, session.AddDays(-1)), receivedOn = session.AddDays(1) });
        Assert.Contains("ACT_ID_DATE_MISMATCH", (await WorkflowApi.AssertProblemAsync(wrongDate, 422, "INVALID_ACT_ID")).GetProperty("errors").GetProperty("actId")[0].GetString());
        var notDe = await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token, new { actId = Sirens.ActId(s.Siren, session)[..^2] + "AI", receivedOn = session.AddDays(1) });
        await WorkflowApi.AssertProblemAsync(notDe, 422, "INVALID_ACT_ID");
        var future = await _api.PostJsonAsync($"/api/adhesions/{aid}/prefecture-receipt", token, new { actId = Sirens.ActId(s.Siren, session), receivedOn = Deliberations.Day(30) });
        await AssertClientErrorAsync(future, "DATE_IN_FUTURE");
        var bigXml = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        bigXml.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        await AssertClientErrorAsync(await _api.As(token).PostAsync($"/api/adhesions/{aid}/prefecture-receipt", bigXml));
        await AssertClientErrorAsync(await _api.As(token).PostAsync($"/api/adhesions/{aid}/documents", new MultipartFormDataContent { { new StringContent("x"), "note" } }), "DOCUMENT_MISSING");

        var view = await _api.GetAdhesionAsync(aid, token);
        Assert.Equal("UnderReview", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("prefecture").ValueKind == JsonValueKind.Null
            || view.GetProperty("prefecture").GetProperty("receivedOn").ValueKind == JsonValueKind.Null, view.ToString());

        // A pending application may be withdrawn at any time (the window only binds enrolled members).
        Assert.Equal(HttpStatusCode.Accepted, (await _api.PostJsonAsync($"/api/adhesions/{aid}/withdrawal", token, new { reason = "Le conseil a changé d'avis." })).StatusCode);
        var withdrawn = await _api.WaitForNotificationAsync(aid, token, "Withdrawn", "withdrawal-received", s.ReferentEmail);
        Assert.Contains(WorkflowApi.History(withdrawn), h => h.Event == "withdrawn" && h.Comment == "Le conseil a changé d'avis.");
        await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "withdrawal-received");
        await AssertClientErrorAsync(await _api.ReviewAsync(aid, g.CoordinatorKey, "approve"), "ADHESION_NOT_REVIEWABLE");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Analysing_a_deliberation_directly_answers_codes_for_bad_input()
    {
        var admin = _api.As(host.AdminKey);
        var text = new StringContent(Deliberations.CleanText("Val-des-Tilleuls"), Encoding.UTF8, "text/plain");
        var ok = await admin.PostAsync("/api/deliberations/analyze?population=800", text);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await AssertClientErrorAsync(await _api.As(null).PostAsync("/api/deliberations/analyze", new StringContent("x")), "UNAUTHORIZED");
        await AssertClientErrorAsync(await admin.PostAsync("/api/deliberations/analyze?siren=123456789", new StringContent("x")), "INVALID_SIREN");
        await AssertClientErrorAsync(await admin.PostAsync("/api/deliberations/analyze?population=beaucoup", new StringContent("x")), "INVALID_POPULATION");
        var notPdf = new ByteArrayContent(Encoding.ASCII.GetBytes("bonjour"));
        notPdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var notPdfAnswer = await admin.PostAsync("/api/deliberations/analyze", notPdf);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notPdfAnswer.StatusCode); // as on submission
        await AssertClientErrorAsync(notPdfAnswer, "DOCUMENT_NOT_PDF");
        var brokenPdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n"));
        brokenPdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await AssertClientErrorAsync(await admin.PostAsync("/api/deliberations/analyze", brokenPdf));
        await AssertClientErrorAsync(await admin.PostAsync("/api/deliberations/analyze", new ByteArrayContent([1, 2, 3])), "UNSUPPORTED_MEDIA_TYPE");
        host.AssertNoErrors();
    }
}
