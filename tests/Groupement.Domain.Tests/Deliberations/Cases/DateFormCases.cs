using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Dates in the usual forms ("1er", weekdays, hours, "deux mil …", abbreviations, short years), and dates the
/// text only cites (a law, an earlier délibération, a delegation), which are never the session's.</summary>
public static class DateFormCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    private static string Registre(string opening, string tail = "") => $"""
        COMMUNE DE MONTREUIL-BELLAY
        REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

        {opening}

        Conseillers en exercice : 23 — présents : 18 — pouvoirs : 2 — votants : 20
        {tail}
        Objet : adhésion au groupement de commandes e-primo
        Le conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes et autorise le Maire à signer la convention constitutive.
        """;

    private static readonly Groupement.Domain.Deliberations.DeliberationContext Small = Ctx(population: 3900, groupement: Ent, keywords: EntKeywords);

    public static IEnumerable<DeliberationCase> All =>
    [
        new("t01-premier-and-weekday", Registre(
            "Le conseil municipal s'est réuni le mardi 1er septembre 2026 à 19 h 30, sur convocation adressée le mardi 25 août 2026."), Small,
            F(("sessionDate", "2026-09-01"), ("convocationDate", "2026-08-25"), ("clearDays", 6)),
            [NotExecutory]),

        new("t02-deux-mil-in-words", Registre(
            "L'an deux mil vingt-six, le neuf du mois de mars, à vingt heures, le conseil municipal, légalement convoqué le deux mars deux mil vingt-six, s'est réuni à la mairie."), Small,
            F(("sessionDate", "2026-03-09"), ("convocationDate", "2026-03-02"), ("clearDays", 6)),
            [NotExecutory]),

        new("t03-premier-in-words", Registre(
            "L'an deux mille vingt-six, le premier avril à dix-huit heures trente, le conseil municipal s'est réuni sous la présidence du Maire. Date de convocation : vingt-quatre mars deux mille vingt-six."), Small,
            F(("sessionDate", "2026-04-01"), ("convocationDate", "2026-03-24"), ("clearDays", 7)),
            [NotExecutory]),

        new("t04-abbreviated-month-and-short-year", Registre(
            "Séance du jeu. 5 févr. 2026 — 20h00\nConvocation : 28/01/26"), Small,
            F(("sessionDate", "2026-02-05"), ("convocationDate", "2026-01-28"), ("clearDays", 7)),
            [NotExecutory]),

        new("t05-hour-first-then-date", Registre(
            "À 18 h 30, le lundi 9 mars 2026, le conseil municipal s'est réuni en séance publique.\nLa convocation a été adressée aux conseillers le 2 mars 2026."), Small,
            F(("sessionDate", "2026-03-09"), ("convocationDate", "2026-03-02")),
            [NotExecutory]),

        new("t06-cited-law-and-decree-are-not-the-session", Registre(
            "Séance du 9 mars 2026\nConvocation du 2 mars 2026",
            "Vu la loi n° 2021-1310 du 7 octobre 2021 et le décret n° 2021-1311 du 7 octobre 2021,\nVu l'ordonnance du 26 novembre 2018 portant partie législative du code de la commande publique,"), Small,
            F(("sessionDate", "2026-03-09"), ("convocationDate", "2026-03-02")),
            [NotExecutory]),

        new("t07-only-cited-dates-means-no-session-date", Registre(
            "Séance ordinaire",
            "Vu la délibération du conseil municipal du 14 décembre 2025 relative au projet éducatif,\nConsidérant la délibération du 12 janvier 2026 approuvant le plan numérique des écoles,"), Small,
            F(("sessionDate", null), ("convocationDate", null)),
            ["DELIB_DATE_MISSING", NotExecutory]),

        new("t08-earlier-deliberation-in-the-body-text", Registre(
            "Par délibération du 14 décembre 2025, le conseil municipal avait approuvé le principe d'un environnement numérique pour les écoles.\nLe conseil municipal, dûment convoqué le 2 mars 2026, s'est réuni le lundi 9 mars 2026 à 20 heures."), Small,
            F(("sessionDate", "2026-03-09"), ("convocationDate", "2026-03-02")),
            [NotExecutory]),

        new("t09-previous-sitting-cited", Registre(
            "Séance du 9 mars 2026 — convocation du 2 mars 2026\nLe procès-verbal de la précédente séance du 2 février 2026 est adopté."), Small,
            F(("sessionDate", "2026-03-09")),
            [NotExecutory]),

        new("t10-date-line-without-keyword", Registre(
            "Le jeudi 12 mars 2026 à 19 heures\nConvoqué le 5 mars 2026, le conseil municipal s'est réuni à la salle du conseil."), Small,
            F(("sessionDate", "2026-03-12"), ("convocationDate", "2026-03-05"), ("clearDays", 6)),
            [NotExecutory]),
    ];
}
