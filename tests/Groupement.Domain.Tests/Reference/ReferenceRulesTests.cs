using Groupement.Domain.Deliberations;
using Xunit.Abstractions;

namespace Groupement.Domain.Tests.Reference;

/// <summary>The convocation delay and the act's department when the member is looked up in the reference data.</summary>
public sealed class ReferenceRulesTests(ReferenceDataFixture fixture) : IClassFixture<ReferenceDataFixture>
{
    private static string Text(string header, string body, string convocation, string stamp = "") => $"""
        {stamp}
        {header}
        {body} — séance du 16 mars 2026
        Date de convocation : {convocation}
        Membres en exercice : 20 ; présents : 15 ; pouvoirs : 2 ; votants : 17
        Le {body}, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes e-primo et autorise le Président à signer la convention.
        """;

    [ReferenceDataFact]
    public void An_EPCI_with_a_member_commune_of_3500_or_more_needs_five_clear_days()
    {
        var data = fixture.Data!;
        var context = new DeliberationContext { MemberSiren = "244900015", Reference = data };

        var analysis = DeliberationAnalyzer.AnalyzeText(Text("ANGERS LOIRE MÉTROPOLE", "conseil de communauté", "12 mars 2026"), context);

        var finding = Assert.Single(analysis.Findings, f => f.Code == FindingCodes.ConvocationTooLate);
        Assert.Contains("L5211-1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Angers", finding.Message, StringComparison.Ordinal);
        Assert.Equal(5, analysis.Facts.RequiredClearDays);
    }

    [ReferenceDataFact]
    public void An_EPCI_whose_communes_are_all_under_3500_needs_three()
    {
        var data = fixture.Data!;
        var context = new DeliberationContext { MemberSiren = "200007177", Reference = data };

        var analysis = DeliberationAnalyzer.AnalyzeText(Text("COMMUNAUTÉ DE COMMUNES PAYS DE NÉRONDES", "conseil communautaire", "12 mars 2026"), context);

        Assert.DoesNotContain(analysis.Findings, f => f.Code is FindingCodes.ConvocationTooLate or FindingCodes.PopulationUnknown);
        Assert.Equal(3, analysis.Facts.RequiredClearDays);
        Assert.Equal(3, analysis.Facts.ClearDays);
    }

    [ReferenceDataFact]
    public void A_commune_found_by_siren_uses_its_total_population_and_says_so()
    {
        var data = fixture.Data!;
        var context = new DeliberationContext { MemberSiren = "214900078", Reference = data };

        var analysis = DeliberationAnalyzer.AnalyzeText(Text("VILLE D'ANGERS", "conseil municipal", "12 mars 2026"), context);

        Assert.Equal("population totale (INSEE)", analysis.Facts.PopulationSource);
        Assert.True(analysis.Facts.Population > 150000);
        Assert.Contains(analysis.Findings, f => f.Code == FindingCodes.ConvocationTooLate && f.Message.Contains("population totale", StringComparison.Ordinal));
    }

    [ReferenceDataFact]
    public void An_act_identifier_from_another_department_is_invalid()
    {
        var data = fixture.Data!;
        var context = new DeliberationContext { MemberSiren = "214900078", Reference = data };
        var stamp = "Reçu en préfecture le 18/03/2026\nAffiché le 18/03/2026\nID : 044-214900078-20260316-D1-DE";

        var analysis = DeliberationAnalyzer.AnalyzeText(Text("VILLE D'ANGERS", "conseil municipal", "9 mars 2026", stamp), context);

        var finding = Assert.Single(analysis.Findings);
        Assert.Equal(FindingCodes.ActIdInvalid, finding.Code);
        Assert.Contains("049", finding.Message, StringComparison.Ordinal);
    }
}
