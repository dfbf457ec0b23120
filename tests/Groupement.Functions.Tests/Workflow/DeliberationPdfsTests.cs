using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>The test délibérations analyse as each scenario needs (checked through POST /api/deliberations/analyze).</summary>
public class DeliberationPdfsTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private async Task<JsonElement> AnalyzeAsync(string text, string siren)
    {
        var content = new ByteArrayContent(Deliberations.Pdf(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var r = await host.ClientWith(host.AdminKey).PostAsync($"/api/deliberations/analyze?siren={siren}&population=1450", content);
        var json = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.OK, json.ToString());
        return json;
    }

    private static string[] Errors(JsonElement result) => [.. result.GetProperty("findings").EnumerateArray()
        .Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("code").GetString()!)];

    [Fact]
    public async Task The_clean_deliberation_has_its_facts_and_no_error_finding()
    {
        var siren = Sirens.NewCommune();
        var result = await AnalyzeAsync(Deliberations.CleanText("Val-des-Tilleuls"), siren);
        Assert.Empty(Errors(result));
        var facts = result.GetProperty("facts");
        Assert.Equal(Deliberations.SessionDate.ToString("yyyy-MM-dd"), facts.GetProperty("sessionDate").GetString());
        Assert.Equal(19, facts.GetProperty("membersInOffice").GetInt32());
        Assert.Equal(15, facts.GetProperty("present").GetInt32());
        Assert.True(facts.GetProperty("authorizesSignature").GetBoolean());
        host.AssertNoErrors();
    }

    [Fact]
    public async Task The_quorum_deliberation_has_a_QUORUM_NOT_MET_error()
    {
        var result = await AnalyzeAsync(Deliberations.QuorumNotMetText("Val-des-Tilleuls"), Sirens.NewCommune());
        Assert.Equal(["QUORUM_NOT_MET"], Errors(result));
        host.AssertNoErrors();
    }

    [Fact]
    public async Task The_stamped_deliberation_carries_the_act_id_and_no_error()
    {
        var siren = Sirens.NewCommune();
        var result = await AnalyzeAsync(Deliberations.StampedText("Val-des-Tilleuls", siren), siren);
        Assert.Empty(Errors(result));
        var stamp = result.GetProperty("facts").GetProperty("stamp");
        Assert.Equal(Sirens.ActId(siren, Deliberations.SessionDate), stamp.GetProperty("actId").GetString());
        Assert.Equal(Deliberations.SessionDate.AddDays(2).ToString("yyyy-MM-dd"), stamp.GetProperty("receivedOn").GetString());
        Assert.Equal(Deliberations.SessionDate.AddDays(3).ToString("yyyy-MM-dd"), stamp.GetProperty("publishedOn").GetString());
        Assert.DoesNotContain("NOT_YET_EXECUTORY", result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        host.AssertNoErrors();
    }
}
