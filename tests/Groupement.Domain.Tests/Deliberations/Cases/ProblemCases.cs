using Groupement.Domain.Deliberations;
using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Délibérations with something wrong: quorum, delays, votes, proxies, missing parts, not a délibération.</summary>
public static class ProblemCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    private static string Commune(string counts, string session = "Séance du 9 mars 2026", string convocation = "Date de convocation : 2 mars 2026",
        string decision = "Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes e-primo et autorise le Maire à signer la convention constitutive.") =>
        $"COMMUNE DE SAINT-LAMBERT-LA-POTHERIE\n{session}\n{convocation}\n\n{counts}\n\nObjet : adhésion au groupement de commandes e-primo\n{decision}\n";

    private static DeliberationContext Small => Ctx(population: 2800, groupement: Ent, keywords: EntKeywords);

    public static IEnumerable<DeliberationCase> All =>
    [
        new("p01-quorum-not-met", Commune("En exercice : 19\nPrésents : 9\nPouvoirs : 4\nVotants : 13\nAdopté à l'unanimité."), Small,
            F(("membersInOffice", 19), ("present", 9), ("proxies", 4)), ["QUORUM_NOT_MET", NotExecutory]),

        new("p02-second-convocation-waives-quorum", Commune(
            "Le quorum n'ayant pas été atteint lors de la séance du 2 mars 2026, le conseil municipal a été à nouveau convoqué ; il délibère valablement sans condition de quorum (CGCT, art. L2121-17).\nEn exercice : 15\nPrésents : 6\nPouvoirs : 2\nVotants : 8\nAdopté à l'unanimité.",
            convocation: "Date de convocation : 4 mars 2026"), Ctx(population: 900, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-09"), ("convocationDate", "2026-03-04"), ("present", 6), ("secondConvocation", true), ("clearDays", 4)), [NotExecutory]),

        new("p03-convocation-too-late-small", Commune("En exercice : 11\nPrésents : 9\nVotants : 9\nAdopté à l'unanimité.",
            session: "Séance du lundi 2 mars 2026", convocation: "Convocation du 27 février 2026"), Ctx(population: 800, groupement: Ent, keywords: EntKeywords),
            F(("clearDays", 2), ("requiredClearDays", 3)), ["CONVOCATION_TOO_LATE", NotExecutory]),

        new("p04-convocation-too-late-large", Commune("En exercice : 33\nPrésents : 25\nPouvoirs : 5\nVotants : 30\nAdopté à l'unanimité.",
            convocation: "Date de convocation : 4 mars 2026"), Ctx(population: 12000, groupement: Ent, keywords: EntKeywords),
            F(("clearDays", 4), ("requiredClearDays", 5), ("population", 12000), ("populationSource", "population indiquée")), ["CONVOCATION_TOO_LATE", NotExecutory]),

        new("p05-urgency-stated-not-ruled", Commune("En exercice : 15\nPrésents : 12\nVotants : 12\nAdopté à l'unanimité.",
            convocation: "Le conseil municipal a été convoqué en urgence le 7 mars 2026."), Small,
            F(("convocationDate", "2026-03-07"), ("urgencyStated", true), ("urgencyRuledOn", false), ("clearDays", 1)), ["CONVOCATION_TOO_LATE", NotExecutory]),

        new("p06-urgency-ruled-large-commune", Commune(
            "En exercice : 29\nPrésents : 22\nPouvoirs : 4\nVotants : 26\nEn ouverture de séance, le conseil municipal reconnaît l'urgence à l'unanimité.\nAdopté par 26 voix pour.",
            convocation: "Convocation adressée en urgence le 7 mars 2026 (article L2121-12 du CGCT)."), Ctx(population: 8000, groupement: Ent, keywords: EntKeywords),
            F(("clearDays", 1), ("requiredClearDays", 1), ("urgencyRuledOn", true), ("votesFor", 26)), [NotExecutory]),

        new("p07-votes-do-not-add-up", Commune("En exercice : 19\nPrésents : 15\nPouvoirs : 2\nVotants : 17\nVoix pour : 12 ; voix contre : 2 ; abstentions : 1"), Small,
            F(("votesCast", 17), ("votesFor", 12), ("votesAgainst", 2), ("abstentions", 1)), ["VOTES_INCONSISTENT", NotExecutory]),

        new("p08-voters-exceed-present-and-proxies", Commune("En exercice : 19\nPrésents : 12\nPouvoirs : 2\nVotants : 16\nAdopté à l'unanimité."), Small,
            F(("present", 12), ("proxies", 2), ("votesCast", 16)), ["VOTES_INCONSISTENT", NotExecutory]),

        new("p09-proxies-exceed-absent", Commune("En exercice : 15\nPrésents : 13\nPouvoirs : 4\nVotants : 17\nAdopté à l'unanimité."), Small,
            F(("present", 13), ("proxies", 4)), ["PROXIES_EXCEED_ABSENT", "VOTES_INCONSISTENT", NotExecutory]),

        new("p10-no-authorization", Commune("En exercice : 15\nPrésents : 12\nVotants : 12\nAdopté à l'unanimité.",
            decision: "Le conseil municipal, après en avoir délibéré, approuve le principe de l'adhésion de la commune au groupement de commandes e-primo et prend acte de la convention constitutive."), Small,
            F(("authorizesSignature", false)), ["DELIB_NO_AUTHORIZATION", NotExecutory]),

        new("p11-convention-is-not-a-deliberation", """
            CONVENTION CONSTITUTIVE DU GROUPEMENT DE COMMANDES « ENT 1ER DEGRÉ E-PRIMO »
            Entre le rectorat de l'académie de Nantes, coordonnateur, et les collectivités membres,
            Vu le code de la commande publique, notamment ses articles L2113-6 à L2113-8,
            Vu la délibération du conseil municipal de chaque membre autorisant la signature de la présente convention,
            Article 1 — Objet : la présente convention a pour objet de constituer un groupement de commandes.
            Article 2 — Durée : la convention prend effet à sa signature et s'achève le 19 juillet 2030.
            Article 3 — Retrait : un membre peut se retirer par lettre envoyée dans les deux mois précédant la fin de la première période.
            """, Ctx(groupement: Ent, keywords: EntKeywords), F(), ["DELIB_NOT_A_DELIBERATION"]),

        new("p12-arrete-is-not-a-deliberation", """
            COMMUNE DE SAINT-LAMBERT-LA-POTHERIE
            ARRÊTÉ DU MAIRE N° 2026-031
            Le Maire de la commune de Saint-Lambert-la-Potherie,
            Vu le code général des collectivités territoriales, et notamment son article L2122-22,
            ARRÊTE
            Article 1 : la commune adhère au groupement de commandes e-primo.
            Article 2 : le directeur général des services est chargé de l'exécution du présent arrêté.
            Fait à Saint-Lambert-la-Potherie, le 9 mars 2026.
            """, Ctx(groupement: Ent, keywords: EntKeywords), F(("body", null)), ["DELIB_NOT_A_DELIBERATION"]),

        new("p13-counts-missing", Commune("Le conseil municipal s'est réuni au nombre prescrit par la loi.\nAdopté à l'unanimité."), Small,
            F(("membersInOffice", null), ("present", null), ("unanimous", true)), ["COUNTS_MISSING", NotExecutory]),

        new("p14-dates-missing", Commune("En exercice : 15\nPrésents : 12\nVotants : 12\nAdopté à l'unanimité.", session: "Séance ordinaire", convocation: ""), Small,
            F(("sessionDate", null), ("convocationDate", null)), ["DELIB_DATE_MISSING", NotExecutory]),

        new("p15-object-is-another-groupement", Commune("En exercice : 15\nPrésents : 12\nVotants : 12\nAdopté à l'unanimité.",
            decision: "Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes pour la fourniture de gaz naturel coordonné par le SIEML et autorise le Maire à signer la convention constitutive.")
            .Replace("Objet : adhésion au groupement de commandes e-primo", "Objet : achat d'énergie", StringComparison.Ordinal), Small,
            F(("concernsGroupement", false)), ["DELIB_OBJECT_MISMATCH", NotExecutory]),

        new("p16-after-deadline", Commune("En exercice : 15\nPrésents : 12\nVotants : 12\nAdopté à l'unanimité.", session: "Séance du 2 février 2026",
            convocation: "Date de convocation : 26 janvier 2026"), Ctx(population: 2800, groupement: Ent, keywords: EntKeywords, deadline: "2026-01-24"),
            F(("sessionDate", "2026-02-02")), ["DELIB_AFTER_DEADLINE", NotExecutory]),

        new("p17-valid-votes-do-not-add-up", Commune("En exercice : 19\nPrésents : 14\nPouvoirs : 1\nSuffrages exprimés : 14\nPour : 12\nContre : 1"), Small,
            F(("votesCast", 14), ("validVotes", 14), ("voters", null)), ["VOTES_INCONSISTENT", NotExecutory]),

        new("p18-commune-population-unknown", Commune("En exercice : 15\nPrésents : 12\nVotants : 12\nAdopté à l'unanimité.",
            convocation: "Date de convocation : 5 mars 2026"), Ctx(groupement: Ent, keywords: EntKeywords),
            F(("clearDays", 3), ("population", null)), ["POPULATION_UNKNOWN", NotExecutory]),
    ];
}
