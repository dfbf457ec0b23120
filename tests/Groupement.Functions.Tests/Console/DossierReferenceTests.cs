using System.IO.Compression;
using System.Net;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Groupement.Domain.Dossiers;
using Groupement.Functions.Tests.Workflow;
using UglyToad.PdfPig;

namespace Groupement.Functions.Tests.Console;

/// <summary>The short dossier number from submission to the archives, the inline document, and what the member sees of emails.</summary>
public sealed class DossierReferenceTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Theory]
    [InlineData("e-primo 2026", "EPRIMO")]
    [InlineData("Groupement de commandes ENT des écoles de Loire-Atlantique", "EEL")]
    [InlineData("Région Pays de la Loire numérique", "RPLN")]
    [InlineData("2026", "GRP")]
    [InlineData("Écoles", "ECOLES")]
    public void The_default_prefix_comes_from_the_name(string name, string prefix)
    {
        Assert.Equal(prefix, DossierReference.DerivePrefix(name));
        Assert.True(DossierReference.IsValidPrefix(DossierReference.DerivePrefix(name)));
    }

    [Fact]
    public void A_reference_is_the_prefix_the_year_and_a_padded_number()
    {
        Assert.Equal("EPRIMO-2026-0042", DossierReference.Format("EPRIMO", 2026, 42));
        Assert.Equal("EPRIMO-2026-12345", DossierReference.Format("EPRIMO", 2026, 12345));
        Assert.Throws<ArgumentException>(() => DossierReference.Format("e-primo", 2026, 1));
        Assert.Equal("44", Departements.FromInseeCode("44109"));
        Assert.Equal("2A", Departements.FromInseeCode("2A004"));
        Assert.Equal("974", Departements.FromInseeCode("97411"));
        Assert.Null(Departements.FromInseeCode(null));
    }

    [Theory]
    [InlineData("eprimo")]
    [InlineData("E")]
    [InlineData("EPRIMO-2026")]
    [InlineData("ABCDEFGHIJKLM")]
    public async Task A_bad_prefix_is_refused(string prefix)
    {
        var r = await _api.As(host.AdminKey).PostAsJsonAsync("/api/groupements", new
        {
            name = "e-primo 2026",
            coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
            joinDeadline = Deliberations.Day(60), marketStart = Deliberations.Day(200), firstPeriodMonths = 24,
            reviewers = new[] { "relecteur@coordonnateur.test" },
            referencePrefix = prefix,
        });
        var problem = await WorkflowApi.AssertProblemAsync(r, 400, "INVALID_REFERENCE_PREFIX");
        Assert.True(problem.GetProperty("errors").TryGetProperty("referencePrefix", out _));
    }

    [Fact]
    public async Task A_submission_gets_its_number_everywhere_and_a_replay_keeps_it()
    {
        var (g, created) = await ConsoleApi.CreateGroupementAsync(_api, name: "e-primo 2026");
        Assert.Equal("EPRIMO", created.GetProperty("referencePrefix").GetString());
        var year = Groupement.Domain.Time.Paris.ToCivilDay(DateTimeOffset.UtcNow).Year;
        var s = WorkflowApi.NewSubmission();
        var key = "cle-" + Guid.NewGuid().ToString("N");
        var first = await WorkflowApi.JsonAsync(await _api.PostSubmissionAsync(g.Id, s, idempotencyKey: key));
        var aid = first.GetProperty("adhesionId").GetString()!;
        var token = first.GetProperty("accessToken").GetString()!;
        var replay = await WorkflowApi.JsonAsync(await _api.PostSubmissionAsync(g.Id, s, idempotencyKey: key));
        Assert.Equal(aid, replay.GetProperty("adhesionId").GetString());

        var expected = $"EPRIMO-{year}-0001";
        var view = await _api.GetAdhesionAsync(aid, token);
        Assert.Equal(expected, view.GetProperty("reference").GetString());
        var item = Assert.Single((await ConsoleApi.GetJsonAsync(_api, g.CoordinatorKey, $"/api/groupements/{g.Id}/adhesions")).GetProperty("items").EnumerateArray());
        Assert.Equal(expected, item.GetProperty("reference").GetString());

        var second = await _api.SubmitAsync(g.Id, WorkflowApi.NewSubmission());
        Assert.Equal($"EPRIMO-{year}-0002", (await _api.GetAdhesionAsync(second.Aid, second.Token)).GetProperty("reference").GetString());

        var mail = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "submission-received");
        Assert.Contains(expected, mail.Subject);
        Assert.Contains(expected, mail.TextBody);
        Assert.Contains(expected, mail.HtmlBody);
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Forty_concurrent_submissions_get_forty_different_numbers()
    {
        var (g, _) = await ConsoleApi.CreateGroupementAsync(_api, referencePrefix: "RUSH");
        var submissions = Enumerable.Range(0, 40).Select(_ => WorkflowApi.NewSubmission()).ToList();
        var answers = await Task.WhenAll(submissions.Select(async s =>
        {
            var r = await _api.PostSubmissionAsync(g.Id, s);
            var json = await WorkflowApi.JsonAsync(r);
            Assert.True(r.StatusCode == HttpStatusCode.Accepted, json.ToString());
            return json.GetProperty("adhesionId").GetString()!;
        }));
        var references = new List<string>();
        foreach (var aid in answers)
            references.Add((await _api.GetAdhesionAsync(aid, g.CoordinatorKey)).GetProperty("reference").GetString()!);
        Assert.Equal(40, references.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 40), references.Select(r => int.Parse(r[^4..])).Order());
        Assert.All(references, r => Assert.StartsWith("RUSH-", r));
    }

    [Fact]
    public async Task An_enrolled_member_has_its_number_in_exports_attestation_archive_and_its_documents_open_inline()
    {
        var (g, _) = await ConsoleApi.CreateGroupementAsync(_api, referencePrefix: "ARCH");
        var s = WorkflowApi.NewSubmission(deliberationText: Deliberations.StampedText);
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        var underReview = await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var reference = underReview.GetProperty("reference").GetString()!;
        Assert.StartsWith("ARCH-", reference);

        // The member sees only the emails to its référent; the coordinator sees the reviewers' too.
        var coordinatorView = await _api.WaitForNotificationAsync(aid, g.CoordinatorKey, "UnderReview", "review-needed");
        Assert.Contains(WorkflowApi.Notifications(coordinatorView), n => n.To == g.ReviewerEmail);
        var memberView = await _api.GetAdhesionAsync(aid, token);
        Assert.NotEmpty(WorkflowApi.Notifications(memberView));
        Assert.All(WorkflowApi.Notifications(memberView), n => Assert.Equal(s.ReferentEmail, n.To));
        Assert.DoesNotContain(g.ReviewerEmail, memberView.GetProperty("notifications").ToString());

        // Each document opens inline for the member and the coordinator, sandboxed.
        var deliberation = memberView.GetProperty("documents").EnumerateArray().First(d => d.GetProperty("kind").GetString() == "deliberation");
        var sha = deliberation.GetProperty("sha256").GetString()!;
        foreach (var bearer in new[] { token, g.CoordinatorKey })
        {
            var pdf = await _api.As(bearer).GetAsync($"/api/adhesions/{aid}/documents/{sha}");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Equal("inline", pdf.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(deliberation.GetProperty("fileName").GetString(), pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal("sandbox", string.Join(",", pdf.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", string.Join(",", pdf.Headers.GetValues("X-Content-Type-Options")));
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            Assert.Equal(sha, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
        await WorkflowApi.AssertProblemAsync(await _api.As(token).GetAsync($"/api/adhesions/{aid}/documents/{new string('0', 64)}"), 404, "DOCUMENT_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(token).GetAsync($"/api/adhesions/{aid}/documents/..%2Fautre"), 404, "DOCUMENT_NOT_FOUND");
        var stranger = await _api.SubmitAsync(g.Id, WorkflowApi.NewSubmission());
        await WorkflowApi.AssertProblemAsync(await _api.As(stranger.Token).GetAsync($"/api/adhesions/{aid}/documents/{sha}"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(null).GetAsync($"/api/adhesions/{aid}/documents/{sha}"), 401, "UNAUTHORIZED");

        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve")).StatusCode);
        await _api.WaitForStatusAsync(aid, token, "Enrolled");
        var enrolled = await Outbox.WaitForAsync(host.Outbox, s.ReferentEmail, "enrolled");
        Assert.Contains(reference, enrolled.Subject);

        var csv = Encoding.UTF8.GetString(await (await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/members.csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("N° de dossier", csv);
        Assert.Contains(reference, csv);
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(await (await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/members.xlsx")).Content.ReadAsByteArrayAsync()), false))
            Assert.Contains(reference, doc.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);
        var attestation = await (await _api.As(token).GetAsync($"/api/adhesions/{aid}/attestation.pdf")).Content.ReadAsByteArrayAsync();
        using (var pdf = PdfDocument.Open(attestation))
            Assert.Contains(reference, string.Concat(pdf.GetPages().Select(p => p.Text)));

        var zip = await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/documents.zip");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using var archive = new ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("manifest.csv", names);
        Assert.Equal(2, names.Count(n => n.StartsWith(reference + "/", StringComparison.Ordinal)));
        Assert.DoesNotContain(names, n => n.StartsWith(stranger.Aid, StringComparison.Ordinal)); // not enrolled
        var entry = archive.GetEntry($"{reference}/deliberation-{deliberation.GetProperty("fileName").GetString()}")!;
        using (var ms = new MemoryStream())
        {
            using (var es = entry.Open()) es.CopyTo(ms);
            Assert.Equal(sha, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ms.ToArray())));
        }
        using var manifest = new StreamReader(archive.GetEntry("manifest.csv")!.Open());
        var lines = manifest.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(reference + ";" + s.Siren, StringComparison.Ordinal) && l.Contains(sha));
        await WorkflowApi.AssertProblemAsync(await _api.As(token).GetAsync($"/api/groupements/{g.Id}/documents.zip"), 404, "GROUPEMENT_NOT_FOUND");
        host.AssertNoErrors();
    }
}
