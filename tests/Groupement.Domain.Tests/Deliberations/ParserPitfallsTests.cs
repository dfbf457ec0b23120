using Groupement.Domain.Deliberations;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>Words that look like labels ("pour", "pouvoir", "présente", "convoqué") must not produce figures or dates.</summary>
public sealed class ParserPitfallsTests
{
    private static DeliberationFacts Facts(string body) => DeliberationAnalyzer.AnalyzeText($"""
        COMMUNE DE SAINT-LAMBERT-LA-POTHERIE
        Séance du 9 mars 2026
        {body}
        Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention.
        """).Facts;

    [Fact]
    public void Years_and_periods_after_pour_are_not_votes()
    {
        var f = Facts("Le groupement est constitué pour 2026-2030, pour la période 2026 à 2030 et pour 4 ans.");
        Assert.Null(f.VotesFor);
    }

    [Fact]
    public void Giving_power_to_the_mayor_is_not_a_count_of_proxies()
    {
        var f = Facts("Le conseil donne pouvoir au Maire pour toutes formalités. Mme X a donné pouvoir à M. Y.");
        Assert.Null(f.Proxies);
    }

    [Fact]
    public void The_present_deliberation_is_not_a_count_of_present_members()
    {
        var f = Facts("La présente délibération sera transmise au représentant de l'État. La présente 2 pages.");
        Assert.Null(f.Present);
    }

    [Fact]
    public void A_year_at_the_end_of_a_line_is_not_the_next_line_s_figure()
    {
        var f = Facts("Date de convocation : 2 mars 2026\nEn exercice : 15\nPrésents : 12");
        Assert.Equal(15, f.MembersInOffice);
        Assert.Equal(12, f.Present);
    }

    [Fact]
    public void Present_or_represented_is_not_present_nor_proxies()
    {
        var f = Facts("En exercice : 15. Présents ou représentés : 13. Présents : 11.");
        Assert.Equal(11, f.Present);
        Assert.Null(f.Proxies);
    }

    [Fact]
    public void Dully_convened_then_met_on_a_date_does_not_make_that_date_the_convocation()
    {
        var f = Facts("Le conseil municipal, dûment convoqué, s'est réuni le 9 mars 2026 à 20 heures.");
        Assert.Null(f.ConvocationDate);
        Assert.Equal(new DateOnly(2026, 3, 9), f.SessionDate);
    }

    [Fact]
    public void Unanimity_on_the_urgency_is_not_unanimity_on_the_act()
    {
        var text = """
            COMMUNE DE X
            Séance du 9 mars 2026
            Le conseil municipal se prononce à l'unanimité sur l'urgence.
            Le conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention. Adopté par 10 voix pour et 2 voix contre.
            """;
        var f = DeliberationAnalyzer.AnalyzeText(text).Facts;
        Assert.Null(f.Unanimous);
        Assert.True(f.UrgencyRuledOn);
        Assert.Equal(10, f.VotesFor);
        Assert.Equal(2, f.VotesAgainst);
    }

    [Fact]
    public void A_mention_of_the_authorisation_in_the_title_alone_does_not_authorise()
    {
        var f = Facts("Objet : Adhésion au groupement — Autorisation de signature");
        var text = """
            COMMUNE DE X
            Séance du 9 mars 2026
            Objet : Adhésion au groupement — Autorisation de signature
            Le conseil municipal, après en avoir délibéré, approuve l'adhésion.
            """;
        Assert.False(DeliberationAnalyzer.AnalyzeText(text).Facts.AuthorizesSignature);
        Assert.True(f.AuthorizesSignature);
    }

    [Fact]
    public void Fifteen_votes_against_two_means_fifteen_for()
    {
        var f = DeliberationAnalyzer.AnalyzeText("COMMUNE DE X\nSéance du 9 mars 2026\nLe conseil municipal, après en avoir délibéré, adopte par 15 voix contre 2 et 1 abstention.").Facts;
        Assert.Equal(15, f.VotesFor);
        Assert.Equal(2, f.VotesAgainst);
        Assert.Equal(1, f.Abstentions);
    }

    [Theory]
    [InlineData("Vote : unanimité")]
    [InlineData("Résultat du vote : Unanimité")]
    [InlineData("Adoptée : à l'unanimité")]
    [InlineData("Le conseil municipal approuve unanimement.")]
    public void Unanimity_in_its_usual_forms(string line)
    {
        var f = DeliberationAnalyzer.AnalyzeText($"COMMUNE DE X\nSéance du 9 mars 2026\nLe conseil municipal, après en avoir délibéré, décide.\n{line}").Facts;
        Assert.True(f.Unanimous);
    }
}
