using Groupement.Domain.Deliberations;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>Each rule of DESIGN §4 says, in French, the article it applies and the figures it compared.</summary>
public sealed class LawMessagesTests
{
    private static Finding Only(string code, string text, DeliberationContext? context = null)
    {
        var analysis = DeliberationAnalyzer.AnalyzeText(text, context ?? new DeliberationContext());
        return Assert.Single(analysis.Findings, f => f.Code == code);
    }

    private static string Commission(string counts) => $"""
        DÉPARTEMENT DE LA SARTHE — COMMISSION PERMANENTE
        Réunion du 16 mars 2026 — convocation du 6 mars 2026
        {counts}
        La commission permanente, après en avoir délibéré, autorise le Président à signer la convention d'adhésion au groupement de commandes.
        """;

    [Fact]
    public void Quorum_of_a_commission_permanente_counts_members_neither_present_nor_represented()
    {
        var finding = Only(FindingCodes.QuorumNotMet, Commission("En exercice : 30 ; présents : 10 ; délégations de vote : 4 ; votants : 14"));

        Assert.Contains("16 de ses 30 membres ne sont ni présents ni représentés", finding.Message, StringComparison.Ordinal);
        Assert.Contains("10 présents, 4 représentés", finding.Message, StringComparison.Ordinal);
        Assert.Contains("CGCT, art. L3121-14-1", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Evidence!.Line);
    }

    [Fact]
    public void A_commission_permanente_with_half_its_members_away_still_deliberates()
    {
        var analysis = DeliberationAnalyzer.AnalyzeText(Commission("En exercice : 30 ; présents : 11 ; délégations de vote : 4 ; votants : 15"));

        Assert.DoesNotContain(analysis.Findings, f => f.Code == FindingCodes.QuorumNotMet);
    }

    [Fact]
    public void A_second_sitting_held_too_soon_gives_both_dates_and_the_three_days()
    {
        var finding = Only(FindingCodes.QuorumNotMet, """
            COMMUNE DE SABLÉ-SUR-SARTHE
            Séance du 11 mars 2026 (seconde convocation)
            Le quorum n'ayant pas été atteint lors de la séance du 9 mars 2026, le conseil a été convoqué à nouveau le 9 mars 2026.
            En exercice : 33 ; présents : 12 ; votants : 12
            Le conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention d'adhésion au groupement de commandes.
            """);

        Assert.Contains("9 mars 2026 et 11 mars 2026", finding.Message, StringComparison.Ordinal);
        Assert.Contains("trois jours au moins", finding.Message, StringComparison.Ordinal);
        Assert.Contains("12 présents pour 33 membres en exercice", finding.Message, StringComparison.Ordinal);
        Assert.Contains("L2121-17", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_ballots_are_part_of_the_sum_that_must_make_the_votants()
    {
        var finding = Only(FindingCodes.VotesInconsistent, """
            COMMUNE DE SABLÉ-SUR-SARTHE — séance du 9 mars 2026
            En exercice : 33 ; présents : 28 ; votants : 28
            Pour : 20 ; contre : 3 ; abstentions : 2 ; bulletins blancs : 2
            Le conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention d'adhésion au groupement de commandes.
            """);

        Assert.Contains("20 + 3 + 2 + 2 = 27", finding.Message, StringComparison.Ordinal);
        Assert.Contains("votants (28)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("CGCT, art. L2121-20", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_epci_convocation_delay_cites_l5211_1()
    {
        var finding = Only(FindingCodes.ConvocationTooLate, """
            COMMUNAUTÉ DE COMMUNES DU PAYS FLÉCHOIS
            Conseil communautaire — séance du 12 mars 2026
            Convocation du 10 mars 2026
            En exercice : 40 ; présents : 30 ; votants : 30
            Le conseil communautaire, après en avoir délibéré, autorise le Président à signer la convention d'adhésion au groupement de commandes.
            """, new DeliberationContext { MemberKind = "epci" });

        Assert.Contains("1 jour franc", finding.Message, StringComparison.Ordinal);
        Assert.Contains("au moins 3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("L5211-1", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Evidence!.Line);
        Assert.Contains("10 mars 2026", finding.Evidence.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Urgency_ruled_on_allows_one_clear_day_and_no_less()
    {
        var finding = Only(FindingCodes.ConvocationTooLate, """
            COMMUNE DE SABLÉ-SUR-SARTHE
            Séance du 9 mars 2026 — convocation adressée en urgence le 8 mars 2026
            Le conseil municipal reconnaît l'urgence à l'unanimité.
            En exercice : 33 ; présents : 28 ; votants : 28
            Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention d'adhésion au groupement de commandes.
            """, new DeliberationContext { Population = 12000 });

        Assert.Contains("0 jour franc", finding.Message, StringComparison.Ordinal);
        Assert.Contains("au moins 1 en cas d'urgence", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delegations_de_vote_beyond_the_absent_cite_the_departement_article()
    {
        var finding = Only(FindingCodes.ProxiesExceedAbsent, Commission("En exercice : 30 ; présents : 27 ; délégations de vote : 5 ; votants : 30"));

        Assert.Contains("délégations de vote (5)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("30 en exercice − 27 présents = 3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("CGCT, art. L3121-16", finding.Message, StringComparison.Ordinal);
    }
}
