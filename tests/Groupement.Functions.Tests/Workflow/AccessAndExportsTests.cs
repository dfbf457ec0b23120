using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>Who may do what, refused commands, and the exports of an enrolled member.</summary>
public partial class AccessAndExportsTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task Tokens_and_keys_reach_only_what_they_are_for()
    {
        var g = await _api.CreateGroupementAsync();
        var other = await _api.CreateGroupementAsync();
        var (aid, token) = await _api.SubmitAsync(g.Id, WorkflowApi.NewSubmission());
        var (otherAid, otherToken) = await _api.SubmitAsync(g.Id, WorkflowApi.NewSubmission());
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        await _api.WaitForStatusAsync(otherAid, otherToken, "UnderReview");

        await WorkflowApi.AssertProblemAsync(await _api.As(null).GetAsync($"/api/adhesions/{aid}"), 401, "UNAUTHORIZED");
        await WorkflowApi.AssertProblemAsync(await _api.As("pas-un-jeton").GetAsync($"/api/adhesions/{aid}"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(otherToken).GetAsync($"/api/adhesions/{aid}"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.ReviewAsync(aid, token, "approve", "je m'approuve"), 403, "FORBIDDEN");
        await WorkflowApi.AssertProblemAsync(await _api.ReviewAsync(aid, otherToken, "approve"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(other.CoordinatorKey).GetAsync($"/api/adhesions/{aid}"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.ReviewAsync(aid, other.CoordinatorKey, "approve"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(other.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}"), 404, "GROUPEMENT_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(token).GetAsync($"/api/groupements/{g.Id}/adhesions"), 404, "GROUPEMENT_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(g.CoordinatorKey).GetAsync("/api/adhesions/0123456789abcdef0123456789abcdef"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await _api.As(token).PostAsJsonAsync("/api/groupements", new { name = "x" }), 401, "UNAUTHORIZED");

        var invalidJson = await _api.As(g.CoordinatorKey).PostAsync($"/api/adhesions/{aid}/review",
            new StringContent("{\"decision\": \"approve\", \"comment\": ", Encoding.UTF8, "application/json"));
        await WorkflowApi.AssertProblemAsync(invalidJson, 400, "INVALID_JSON");
        var wrongType = await _api.As(g.CoordinatorKey).PostAsync($"/api/adhesions/{aid}/review", new StringContent("approve", Encoding.UTF8, "text/plain"));
        Assert.Equal(415, (int)wrongType.StatusCode);
        await WorkflowApi.AssertProblemAsync(await _api.ReviewAsync(aid, g.CoordinatorKey, "maybe"), 400, "INVALID_DECISION");
        await WorkflowApi.AssertProblemAsync(await _api.As(token).GetAsync($"/api/adhesions/{aid}/attestation.pdf"), 409, "NOT_ENROLLED");

        var view = await _api.GetAdhesionAsync(aid, g.CoordinatorKey);
        Assert.Equal("UnderReview", view.GetProperty("status").GetString());
        Assert.DoesNotContain(WorkflowApi.History(view), h => h.Event is "approved" or "rejected");
        var groupement = await WorkflowApi.JsonAsync(await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}"));
        Assert.Equal(2, groupement.GetProperty("counts").GetProperty("UnderReview").GetInt32());
        host.AssertNoErrors();
    }

    [Fact]
    public async Task An_enrolled_member_is_exported_and_cannot_withdraw_outside_the_window()
    {
        var g = await _api.CreateGroupementAsync(marketStart: Deliberations.Day(200));
        var s = WorkflowApi.NewSubmission(deliberationText: Deliberations.StampedText);
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve")).StatusCode);
        await _api.WaitForStatusAsync(aid, token, "Enrolled");

        var withdrawal = await _api.PostJsonAsync($"/api/adhesions/{aid}/withdrawal", token, new { reason = "Changement de prestataire." });
        var problem = await WorkflowApi.AssertProblemAsync(withdrawal, 422, "WITHDRAWAL_WINDOW_CLOSED");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Equal(2, FrenchDate().Matches(detail).Count);
        Assert.Equal("Enrolled", (await _api.GetAdhesionAsync(aid, token)).GetProperty("status").GetString());

        var csvResponse = await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/members.csv");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length); // headers, two schools, totals
        Assert.All(lines[1..3], l => Assert.Contains(s.Siren, l));
        Assert.Contains("École Jules-Ferry", csv);
        Assert.Contains("165", lines[3]);

        var xlsxResponse = await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/members.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync()), false);
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        var rows = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(4, rows.Count);
        static string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
        Assert.Contains(rows[1].Elements<Cell>(), c => Text(c) == s.Siren);
        Assert.Contains(rows[3].Elements<Cell>(), c => Text(c) == "165");

        var member = await _api.As(token).GetAsync($"/api/groupements/{g.Id}/members.csv");
        await WorkflowApi.AssertProblemAsync(member, 404, "GROUPEMENT_NOT_FOUND");
        host.AssertNoErrors();
    }

    [GeneratedRegex(@"\b\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b")]
    private static partial Regex FrenchDate();
}
