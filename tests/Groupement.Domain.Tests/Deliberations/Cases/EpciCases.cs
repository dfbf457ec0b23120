using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Bureaux acting on delegation, EPCI convocation delays (L5211-1), second sittings of councils.</summary>
public static class EpciCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    private static string Bureau(string session, string convocation, string visa) => $"""
        COMMUNAUTÉ DE COMMUNES LOIRE LAYON AUBANCE
        EXTRAIT DU REGISTRE DES DÉCISIONS DU BUREAU COMMUNAUTAIRE
        {session}
        {convocation}

        Membres du bureau en exercice : 16 — présents : 12 — pouvoirs : 2 — votants : 14

        {visa}
        Vu le code de la commande publique, et notamment ses articles L2113-6 et L2113-7,

        Objet : adhésion au groupement de commandes e-primo (environnement numérique de travail des écoles)
        Le bureau communautaire, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes et autorise le Président à signer la convention constitutive.
        """;

    public static IEnumerable<DeliberationCase> All =>
    [
        new("b01-bureau-on-delegation-cites-an-older-deliberation", Bureau(
            "Séance du mardi 10 mars 2026 à 18 h 00",
            "Convocation envoyée le 4 mars 2026",
            "Vu la délibération n° 2020-087 du conseil communautaire du 16 juillet 2020 portant délégation d'attributions au bureau,"),
            Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "bureau communautaire"), ("sessionDate", "2026-03-10"), ("convocationDate", "2026-03-04"), ("present", 12),
              ("votesCast", 14), ("requiredClearDays", null)),
            [NotExecutory]),

        new("b02-bureau-date-only-in-the-opening-sentence", """
            COMMUNAUTÉ D'AGGLOMÉRATION SAUMUR VAL DE LOIRE
            Bureau communautaire

            Par délibération du 9 septembre 2020, le conseil communautaire a délégué au bureau l'approbation des conventions de groupement de commandes.
            Le bureau communautaire, régulièrement convoqué le 2 mars 2026, s'est réuni le lundi 9 mars 2026 à 17 h 30 sous la présidence de M. le Président.

            En exercice : 20 ; présents : 15 ; votants : 15

            Objet : adhésion au groupement de commandes e-primo
            Le bureau communautaire, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive du groupement de commandes.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "bureau communautaire"), ("sessionDate", "2026-03-09"), ("convocationDate", "2026-03-02"), ("clearDays", 6)),
            [NotExecutory]),

        new("b03-bureau-without-any-own-date", Bureau(
            "Décision du bureau communautaire",
            "",
            "Vu la délibération du conseil communautaire en date du 16 juillet 2020 portant délégation au bureau,"),
            Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "bureau communautaire"), ("sessionDate", null), ("convocationDate", null)),
            ["DELIB_DATE_MISSING", NotExecutory]),

        new("b05-council-granted-the-delegation-in-a-sentence", """
            COMMUNAUTÉ DE COMMUNES DU VAL DE SARTHE — BUREAU COMMUNAUTAIRE
            Le conseil communautaire, dans sa séance du 15 juillet 2020, a délégué au bureau l'adhésion aux groupements de commandes.
            Le bureau communautaire s'est réuni le mardi 10 mars 2026 à 18 heures, sur convocation du 3 mars 2026.
            Membres en exercice : 12 ; présents : 9 ; votants : 9
            Objet : adhésion au groupement de commandes e-primo
            Le bureau communautaire, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "bureau communautaire"), ("sessionDate", "2026-03-10"), ("convocationDate", "2026-03-03")),
            [NotExecutory]),

        new("b04-bureau-short-notice-is-not-judged", Bureau(
            "Séance du 10 mars 2026",
            "Date de convocation : 8 mars 2026",
            "Vu la délibération du 16 juillet 2020 donnant délégation au bureau communautaire,"),
            Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "bureau communautaire"), ("clearDays", 1), ("requiredClearDays", null)),
            [NotExecutory]),

        new("e01-epci-two-clear-days-too-late", """
            COMMUNAUTÉ DE COMMUNES DU HAUT-ANJOU
            Conseil communautaire — séance du jeudi 12 mars 2026
            Date de convocation : 9 mars 2026

            Délégués en exercice : 30 — présents : 24 — pouvoirs : 3 — votants : 27

            Objet : adhésion au groupement de commandes e-primo
            Le conseil communautaire, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("clearDays", 2), ("requiredClearDays", 3)),
            ["CONVOCATION_TOO_LATE", NotExecutory]),

        new("e02-epci-small-communes-three-days-enough", """
            COMMUNAUTÉ DE COMMUNES DES COTEAUX DU LAYON
            Conseil communautaire — séance du jeudi 12 mars 2026
            Date de convocation : 8 mars 2026

            Délégués en exercice : 22 — présents : 17 — votants : 17

            Objet : adhésion au groupement de commandes e-primo
            Le conseil communautaire, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.
            """, Ctx(kind: "epci", population: 3100, groupement: Ent, keywords: EntKeywords),
            F(("clearDays", 3), ("requiredClearDays", 3)),
            [NotExecutory]),

        new("e03-epci-urgency-ruled-on", """
            COMMUNAUTÉ DE COMMUNES DU HAUT-ANJOU
            Conseil communautaire — séance du jeudi 12 mars 2026
            Convocation adressée en urgence le 10 mars 2026.

            Délégués en exercice : 30 — présents : 24 — pouvoirs : 3 — votants : 27
            Le conseil communautaire, à l'ouverture de la séance, reconnaît l'urgence à l'unanimité.

            Objet : adhésion au groupement de commandes e-primo
            Le conseil communautaire, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("clearDays", 1), ("requiredClearDays", 1), ("urgencyStated", true), ("urgencyRuledOn", true)),
            [NotExecutory]),

        new("e04-second-convocation-counts-not-the-first", """
            COMMUNE DE SAINT-GEORGES-SUR-LOIRE
            Séance du lundi 16 mars 2026

            Les conseillers avaient été convoqués le 3 mars 2026 pour une réunion le 10 mars 2026. Le quorum n'ayant pas été atteint lors de cette réunion du 10 mars, ils ont été convoqués à nouveau le 12 mars 2026 ; le conseil délibère sans condition de quorum (CGCT, art. L2121-17).

            En exercice : 23 — présents : 9 — pouvoirs : 3 — votants : 12

            Objet : adhésion au groupement de commandes e-primo
            Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention constitutive.
            """, Ctx(population: 3700, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-16"), ("convocationDate", "2026-03-12"), ("firstSittingDate", "2026-03-10"), ("secondConvocation", true),
              ("clearDays", 3), ("requiredClearDays", 5)),
            ["CONVOCATION_TOO_LATE", NotExecutory]),

        new("e06-first-convocation-sentence-then-second", """
            COMMUNE DE LA POSSONNIÈRE
            Date de convocation : 20 février 2026 — seconde convocation : 2 mars 2026

            Le conseil municipal, convoqué une première fois le 20 février 2026 pour le 27 février 2026, n'ayant pu délibérer faute de quorum, a été convoqué à nouveau le 2 mars 2026 ; il s'est réuni le vendredi 6 mars 2026 à 20 heures et délibère valablement quel que soit le nombre des présents.

            En exercice : 19 — présents : 7 — pouvoirs : 2 — votants : 9

            Objet : adhésion au groupement de commandes e-primo
            Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention constitutive.
            """, Ctx(population: 2400, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-06"), ("convocationDate", "2026-03-02"), ("firstSittingDate", "2026-02-27"), ("secondConvocation", true),
              ("clearDays", 3), ("present", 7)),
            [NotExecutory]),

        new("e05-second-sitting-too-soon-after-the-first", """
            COMMUNE DE CHALONNES-SUR-LOIRE
            Séance du jeudi 12 mars 2026 — seconde convocation

            Faute de quorum à la séance du 10 mars 2026, le conseil municipal a été convoqué à nouveau le 10 mars 2026 au soir.

            En exercice : 27 — présents : 10 — pouvoirs : 2 — votants : 12

            Objet : adhésion au groupement de commandes e-primo
            Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention constitutive.
            """, Ctx(population: 6600, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-12"), ("firstSittingDate", "2026-03-10"), ("secondConvocation", true)),
            ["QUORUM_NOT_MET", "CONVOCATION_TOO_LATE", NotExecutory]),
    ];
}
