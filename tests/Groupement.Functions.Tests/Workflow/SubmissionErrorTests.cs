using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Groupement.Functions.Documents;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>A host with small document limits (1 MB a file, 2 MB a request) so that size refusals need no big uploads.</summary>
public sealed class SmallLimitsHost : WorkflowHost
{
    protected override DocumentLimits Limits => new() { MaxDocumentBytes = 1024 * 1024, MaxRequestBytes = 2 * 1024 * 1024 };
}

/// <summary>Every refused submission: problem+json with its stable code, and nothing stored.</summary>
public class SubmissionErrorTests(SmallLimitsHost host) : IClassFixture<SmallLimitsHost>
{
    private readonly WorkflowApi _api = new(host);

    private static Submission With(Submission s, string? member = null, string? referent = null, string? needs = null) =>
        s with { MemberJson = member ?? s.MemberJson, ReferentJson = referent ?? s.ReferentJson, NeedsJson = needs ?? s.NeedsJson };

    private static string Member(string siren, string kind = "commune") => JsonSerializer.Serialize(new { siren, name = "Commune de Tilleuls", kind });

    private async Task AssertNothingStoredAsync(TestGroupement g, int expected = 0)
    {
        var list = await WorkflowApi.JsonAsync(await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/adhesions"));
        Assert.Equal(expected, list.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Bad_fields_are_400_with_their_code_and_field()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var badLuhn = s.Siren[..8] + (char)('0' + (s.Siren[8] - '0' + 1) % 10);
        foreach (var siren in new[] { badLuhn, "000000000", "12345", "abcdefghi" })
        {
            var p = await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, With(s, member: Member(siren))), 400, "INVALID_SIREN");
            Assert.True(p.GetProperty("errors").TryGetProperty("member.siren", out _), p.ToString());
        }
        var cases = new (Submission Body, string Field)[]
        {
            (With(s, member: Member(s.Siren, "ville")), "member.kind"),
            (With(s, referent: """{"name":"Camille Durand","email":"camille.durand@"}"""), "referent.email"),
            (With(s, referent: """{"name":"Camille Durand","email":"camille durand@mairie.test"}"""), "referent.email"),
            (With(s, needs: """[{"school":"École Jules-Ferry","accounts":0}]"""), "needs[0].accounts"),
            (With(s, needs: """[{"school":"École Jules-Ferry","accounts":12},{"school":"École B","accounts":-3}]"""), "needs[1].accounts"),
            (With(s, needs: "[]"), "needs"),
        };
        foreach (var (body, field) in cases)
        {
            var p = await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, body), 400, "VALIDATION_FAILED");
            Assert.True(p.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {p}");
        }
        await AssertNothingStoredAsync(g);
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Bad_documents_are_refused_with_their_code()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var noDeliberation = s with { Files = [.. s.Files.Where(f => f.Field != "deliberation")] };
        var p = await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, noDeliberation), 400, "DOCUMENT_MISSING");
        Assert.True(p.GetProperty("errors").TryGetProperty("deliberation", out _));

        var notPdf = s with { Files = [("deliberation", "délibération.pdf", Encoding.UTF8.GetBytes("Ceci n'est pas un PDF, seulement du texte."), "application/pdf"), s.Files[1]] };
        await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, notPdf), 415, "DOCUMENT_NOT_PDF");

        var fakePdf = s with { Files = [("deliberation", "délibération.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nrien de plus"), "application/pdf"), s.Files[1]] };
        await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, fakePdf), 415, "DOCUMENT_NOT_PDF");

        var big = new byte[1024 * 1024 + 4096];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(big, 0);
        var tooLarge = s with { Files = [("deliberation", "délibération.pdf", big, "application/pdf"), s.Files[1]] };
        p = await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, tooLarge), 413, "DOCUMENT_TOO_LARGE");
        Assert.True(p.GetProperty("errors").TryGetProperty("deliberation", out _));

        var notMultipart = await _api.As(null).PostAsJsonAsync($"/api/groupements/{g.Id}/adhesions", new { member = new { siren = s.Siren } });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notMultipart.StatusCode);
        await WorkflowApi.AssertProblemAsync(notMultipart, 415, "NOT_MULTIPART");
        await AssertNothingStoredAsync(g);
        host.AssertNoErrors();
    }

    [Fact]
    public async Task After_the_joining_deadline_submissions_are_refused()
    {
        var g = await _api.CreateGroupementAsync(joinDeadline: Deliberations.Day(-2), marketStart: Deliberations.Day(30));
        var p = await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, WorkflowApi.NewSubmission()), 422, "DEADLINE_PASSED");
        Assert.Contains(g.Name, p.GetProperty("detail").GetString());
        await AssertNothingStoredAsync(g);
        host.AssertNoErrors();
    }

    [Fact]
    public async Task An_idempotency_key_replays_the_same_adhesion_and_refuses_another_body()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var key = "depot-" + Guid.NewGuid().ToString("N");
        var first = await _api.PostSubmissionAsync(g.Id, s, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var a = await WorkflowApi.JsonAsync(first);
        var second = await _api.PostSubmissionAsync(g.Id, s, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var b = await WorkflowApi.JsonAsync(second);
        Assert.Equal(a.GetProperty("adhesionId").GetString(), b.GetProperty("adhesionId").GetString());
        Assert.Equal(a.GetProperty("statusUrl").GetString(), b.GetProperty("statusUrl").GetString());
        var aid = a.GetProperty("adhesionId").GetString()!;
        // Both tokens read the one adhésion.
        await _api.WaitForStatusAsync(aid, a.GetProperty("accessToken").GetString()!, "UnderReview");
        await _api.GetAdhesionAsync(aid, b.GetProperty("accessToken").GetString()!);

        var other = With(s, needs: """[{"school":"École Jules-Ferry","accounts":999}]""");
        await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, other, idempotencyKey: key), 422, "IDEMPOTENCY_KEY_REUSED");
        await AssertNothingStoredAsync(g, expected: 1);
        await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "submission-received"); // exactly one
        host.AssertNoErrors();
    }
}
