using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Commissions permanentes of départements and régions ("délégations de vote"), plenary second sittings.</summary>
public static class DepartementCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";
    private const string MaineEtLoire = "224900019";

    private static string Commission(string counts, string convocation = "Les membres ont été convoqués le 6 mars 2026.") => $"""
        DÉPARTEMENT DE MAINE-ET-LOIRE
        Commission permanente du conseil départemental
        Réunion du lundi 16 mars 2026 à 14 h 00, salle du Roi René
        {convocation}

        {counts}

        Rapport CP-2026-118 — Éducation — Collèges publics
        Objet : adhésion du Département au groupement de commandes e-primo
        Vu la délibération du conseil départemental du 1er juillet 2021 portant délégation d'attributions à la commission permanente,
        La commission permanente, après en avoir délibéré, approuve l'adhésion au groupement de commandes pour l'environnement numérique de travail et autorise le Président à signer la convention constitutive.
        """;

    public static IEnumerable<DeliberationCase> All =>
    [
        new("d01-commission-permanente-delegations-de-vote", Commission(
            "Membres de la commission permanente en exercice : 42\nPrésents : 30\nDélégations de vote : 9\nVotants : 39\nAdopté à l'unanimité des suffrages exprimés."),
            Ctx(siren: MaineEtLoire, groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("authority", "Département de Maine-et-Loire"), ("sessionDate", "2026-03-16"),
              ("convocationDate", "2026-03-06"), ("membersInOffice", 42), ("present", 30), ("proxies", 9), ("votesCast", 39), ("requiredClearDays", null)),
            [NotExecutory]),

        new("d02-commission-permanente-quorum-counts-the-represented", Commission(
            "En exercice : 42 — présents : 18 — délégations de vote : 6 — votants : 24"),
            Ctx(siren: MaineEtLoire, groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("present", 18), ("proxies", 6), ("votesCast", 24)),
            [NotExecutory]),

        new("d03-commission-permanente-majority-neither-present-nor-represented", Commission(
            "En exercice : 42 — présents : 15 — délégations de vote : 5 — votants : 20"),
            Ctx(siren: MaineEtLoire, groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("present", 15), ("proxies", 5)),
            ["QUORUM_NOT_MET", NotExecutory]),

        new("d04-commission-permanente-short-notice-is-not-judged", Commission(
            "En exercice : 42 ; présents : 35 ; délégations de vote : 4 ; votants : 39",
            convocation: "Convocation adressée le vendredi 13 mars 2026."),
            Ctx(siren: MaineEtLoire, groupement: Ent, keywords: EntKeywords),
            F(("convocationDate", "2026-03-13"), ("clearDays", 2), ("requiredClearDays", null)),
            [NotExecutory]),

        new("d05-region-commission-permanente", """
            RÉGION PAYS DE LA LOIRE
            CONSEIL RÉGIONAL — COMMISSION PERMANENTE
            Séance du vendredi 10 avril 2026
            Date d'envoi des convocations : 31 mars 2026

            Nombre de membres : 50 — Présents : 22 — Délégations de vote : 8 — Votants : 30
            Pour : 27 — Contre : 0 — Abstentions : 3

            Objet : Lycées — adhésion de la Région au groupement de commandes e-primo
            La commission permanente, après en avoir délibéré, décide d'adhérer au groupement de commandes et autorise la Présidente du conseil régional à signer la convention constitutive.
            """, Ctx(siren: "234400034", groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("membersInOffice", 50), ("present", 22), ("proxies", 8), ("votesFor", 27), ("abstentions", 3)),
            [NotExecutory]),

        new("d06-departement-plenary-second-sitting", """
            DÉPARTEMENT DE MAINE-ET-LOIRE — CONSEIL DÉPARTEMENTAL
            Réunion du jeudi 26 mars 2026 (réunion tenue de plein droit)
            Convocation et envoi des rapports : 9 mars 2026

            La réunion prévue le 23 mars 2026 n'a pu se tenir faute de quorum ; conformément à l'article L3121-14 du CGCT, le conseil se réunit trois jours plus tard et délibère sans condition de quorum.

            Conseillers départementaux en exercice : 42 ; présents : 17 ; délégations de vote : 10 ; votants : 27

            Objet : Collèges — adhésion au groupement de commandes e-primo
            Le Conseil départemental, après en avoir délibéré, à l'unanimité, approuve l'adhésion et autorise le Président à signer la convention constitutive.
            """, Ctx(siren: MaineEtLoire, groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil départemental"), ("sessionDate", "2026-03-26"), ("firstSittingDate", "2026-03-23"), ("secondConvocation", true),
              ("present", 17), ("clearDays", 16), ("requiredClearDays", 11)),
            [NotExecutory]),

        new("d07-departement-plenary-without-reports-date", """
            CONSEIL DÉPARTEMENTAL DE MAINE-ET-LOIRE
            Séance publique du lundi 23 mars 2026
            Convocation du 17 mars 2026

            En exercice : 42 — Présents : 36 — Délégations de vote : 5 — Votants : 41

            Objet : adhésion au groupement de commandes e-primo pour les collèges
            Le Conseil départemental, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive du groupement de commandes.
            """, Ctx(siren: MaineEtLoire, groupement: Ent, keywords: EntKeywords),
            F(("convocationDate", "2026-03-17"), ("clearDays", 5), ("requiredClearDays", null)),
            [NotExecutory]),

        new("d09-commission-permanente-met-on-a-date", """
            CONSEIL DÉPARTEMENTAL DE LA MAYENNE
            Commission permanente
            La Commission permanente du Conseil départemental, réunie le lundi 23 mars 2026 sous la présidence de M. le Président, convoquée le 13 mars 2026,
            Membres en exercice : 34 ; présents : 19 ; délégations de vote : 9 ; votants : 28
            Objet : adhésion au groupement de commandes e-primo
            après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.
            """, Ctx(siren: "225300011", groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("sessionDate", "2026-03-23"), ("convocationDate", "2026-03-13"), ("present", 19), ("proxies", 9),
              ("deliberationsInDocument", 1)),
            [NotExecutory]),

        new("d10-commission-permanente-counts-in-sentences", """
            CONSEIL DÉPARTEMENTAL DU LOIRET
            COMMISSION PERMANENTE DU VENDREDI 13 FÉVRIER 2026
            Étaient présents : 20 conseillers départementaux
            Avaient donné délégation de vote : 6 conseillers départementaux
            Étaient absents : 16 conseillers départementaux
            Nombre de conseillers départementaux composant la commission permanente : 42
            Objet : Numérique éducatif — adhésion au groupement de commandes e-primo
            Après en avoir délibéré, la Commission permanente approuve l'adhésion et autorise le Président du Conseil départemental à signer la convention.
            Adopté à l'unanimité.
            """, Ctx(groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("sessionDate", "2026-02-13"), ("membersInOffice", 42), ("present", 20), ("proxies", 6), ("convocationDate", null)),
            [NotExecutory]),

        new("d08-departement-delegations-exceed-absent", """
            DÉPARTEMENT DE MAINE-ET-LOIRE — CONSEIL DÉPARTEMENTAL
            Réunion du 23 mars 2026 — convocation et rapports adressés le 9 mars 2026

            En exercice : 42 ; présents : 38 ; délégations de vote : 6 ; votants : 44

            Objet : adhésion au groupement de commandes e-primo
            Le Conseil départemental, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.
            """, Ctx(siren: MaineEtLoire, groupement: Ent, keywords: EntKeywords),
            F(("present", 38), ("proxies", 6), ("votesCast", 44)),
            ["PROXIES_EXCEED_ABSENT", "VOTES_INCONSISTENT", NotExecutory]),
    ];
}
