using System.Text.Json.Nodes;
using Groupement.Domain.Deliberations;

namespace Groupement.Domain.Tests.Deliberations;

public sealed class DeliberationAnalysisJsonTests
{
    private const string Quorum = """
        COMMUNE DE SAINT-LAMBERT-LA-POTHERIE
        Séance du 9 mars 2026
        Date de convocation : 2 mars 2026
        En exercice : 19 ; présents : 9 ; votants : 9
        Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention d'adhésion au groupement de commandes.
        """;

    [Fact]
    public void The_quorum_message_gives_the_figures_and_the_article()
    {
        var analysis = DeliberationAnalyzer.AnalyzeText(Quorum, new DeliberationContext { Population = 2800 });

        var finding = Assert.Single(analysis.Findings, f => f.Code == FindingCodes.QuorumNotMet);
        Assert.Equal("Le quorum n'est pas atteint : 9 présents pour 19 membres en exercice, il en faut au moins 10 (CGCT, art. L2121-17).", finding.Message);
    }

    [Fact]
    public void Json_is_camel_case_with_iso_dates_lower_case_severities_and_explicit_nulls()
    {
        var json = JsonNode.Parse(DeliberationAnalyzer.AnalyzeText(Quorum).ToJson())!;

        var facts = json["facts"]!.AsObject();
        Assert.Equal("2026-03-09", facts["sessionDate"]!.GetValue<string>());
        Assert.Equal(19, facts["membersInOffice"]!.GetValue<int>());
        Assert.True(facts.ContainsKey("proxies"));
        Assert.Null(facts["proxies"]);
        Assert.Null(facts["stamp"]!["actId"]);
        foreach (var key in new[] { "body", "authority", "sessionDate", "convocationDate", "membersInOffice", "present", "proxies", "votesCast",
                     "votesFor", "votesAgainst", "abstentions", "unanimous", "authorizesSignature", "concernsGroupement", "stamp" })
        {
            Assert.True(facts.ContainsKey(key), key);
        }
        var findings = json["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["code"]!.GetValue<string>() == "QUORUM_NOT_MET" && f["severity"]!.GetValue<string>() == "error");
        Assert.All(findings, f => Assert.Contains(f!["severity"]!.GetValue<string>(), new[] { "error", "warning", "info" }));
        Assert.Equal(2, json.AsObject().Count);
    }

    [Fact]
    public void Errors_come_first_then_warnings_then_information()
    {
        var analysis = DeliberationAnalyzer.AnalyzeText(Quorum);

        var severities = analysis.Findings.Select(f => f.Severity).ToList();
        Assert.Equal(severities.Order(), severities);
        Assert.True(analysis.HasErrors);
    }

    [Fact]
    public void The_analysis_survives_a_json_round_trip_for_storage()
    {
        var analysis = DeliberationAnalyzer.AnalyzeText(Quorum + "\nEnvoyé en préfecture le 12/03/2026\nID : 049-214900078-20260309-D1-DE");

        var back = System.Text.Json.JsonSerializer.Deserialize<DeliberationAnalysis>(analysis.ToJson(), DeliberationAnalysis.JsonOptions)!;

        Assert.Equal(analysis.Facts, back.Facts);
        Assert.Equal(analysis.Findings, back.Findings);
    }
}
