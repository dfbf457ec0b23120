using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>More shapes met in registries: results after a colon, slash-separated results, item codes (DCM …),
/// counted non-voters, a plenary that names its bureau, a regional plenary, a syndicate's secret ballot.</summary>
public static class RealShapeCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    private static string Ville(string counts) => $"""
        VILLE DE CHOLET — CONSEIL MUNICIPAL
        Séance du lundi 16 mars 2026 — convocation du 6 mars 2026
        Conseillers en exercice : 45 ; présents : 36 ; pouvoirs : 7 ; votants : 43
        Objet : adhésion au groupement de commandes e-primo
        Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes et autorise le Maire à signer la convention constitutive.
        {counts}
        """;

    private static readonly Groupement.Domain.Deliberations.DeliberationContext Cholet = Ctx(population: 54000, groupement: Ent, keywords: EntKeywords);

    public static IEnumerable<DeliberationCase> All =>
    [
        new("r01-result-after-a-colon", Ville("Résultat du vote : 41 voix pour et 2 abstentions."), Cholet,
            F(("votesFor", 41), ("abstentions", 2), ("votesCast", 43)),
            [NotExecutory]),

        new("r02-result-with-slashes", Ville("Vote : Pour 40 / Contre 1 / Abstention 2"), Cholet,
            F(("votesFor", 40), ("votesAgainst", 1), ("abstentions", 2)),
            [NotExecutory]),

        new("r03-counted-non-voters", Ville("Ne prennent pas part au vote : 2\nPour : 41 — Contre : 0 — Abstentions : 0").Replace("votants : 43", "votants : 41", StringComparison.Ordinal), Cholet,
            F(("notVoting", 2), ("votesCast", 41), ("votesFor", 41)),
            [NotExecutory]),

        new("r04-item-codes-on-a-registry-page", """
            COMMUNE DE SEGRÉ-EN-ANJOU BLEU — CONSEIL MUNICIPAL
            Séance du mardi 17 mars 2026 — convocation du 10 mars 2026
            En exercice : 39 — présents : 31 — pouvoirs : 5

            DCM 2026-031 — Tarifs de l'accueil périscolaire
            Le conseil municipal, après en avoir délibéré, adopte les tarifs. Votants : 36 — Pour : 30 — Contre : 6

            DCM 2026-032 — Groupement de commandes e-primo : adhésion
            Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes e-primo et autorise le Maire à signer la convention constitutive. Votants : 36 — Pour : 34 — Abstentions : 2

            DCM 2026-033 — Cession d'un délaissé de voirie
            Le conseil municipal, après en avoir délibéré, approuve la cession. Votants : 35 — Pour : 35
            """, Ctx(population: 17000, groupement: Ent, keywords: EntKeywords),
            F(("votesCast", 36), ("votesFor", 34), ("votesAgainst", null), ("abstentions", 2), ("present", 31), ("proxies", 5)),
            [NotExecutory]),

        new("r05-plenary-naming-its-bureau", """
            COMMUNAUTÉ D'AGGLOMÉRATION MAUGES COMMUNAUTÉ
            Conseil communautaire du mercredi 18 mars 2026
            Date de convocation : 11 mars 2026
            En exercice : 64 ; présents : 50 ; pouvoirs : 9 ; votants : 59

            Objet : adhésion au groupement de commandes e-primo
            Le conseil communautaire, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive et dit que les avenants éventuels seront approuvés par le bureau communautaire.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil communautaire"), ("sessionDate", "2026-03-18"), ("clearDays", 6)),
            [NotExecutory]),

        new("r06-regional-plenary", """
            RÉGION PAYS DE LA LOIRE
            Conseil régional — session des 2 et 3 avril 2026, séance du 2 avril 2026
            Convocation et rapports adressés aux conseillers le 17 mars 2026

            Conseillers régionaux en exercice : 93 — présents : 75 — délégations de vote : 15 — votants : 90
            Pour : 62 — Contre : 20 — Abstentions : 8

            Objet : Lycées — adhésion au groupement de commandes e-primo
            Le Conseil régional, après en avoir délibéré, décide d'adhérer au groupement de commandes et autorise la Présidente à signer la convention constitutive.
            """, Ctx(siren: "234400034", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil régional"), ("sessionDate", "2026-04-02"), ("convocationDate", "2026-03-17"), ("clearDays", 15), ("requiredClearDays", 11),
              ("proxies", 15), ("votesFor", 62), ("votesAgainst", 20)),
            [NotExecutory]),

        new("r07-syndicate-secret-ballot", """
            SYNDICAT INTERCOMMUNAL DU COLLÈGE DE BEAUFORT
            Comité syndical — séance du 5 mars 2026
            Date de convocation : 27 février 2026
            Délégués en exercice : 14 — présents : 11 — pouvoirs : 2 — votants : 13
            À la demande d'un tiers des membres présents, il est procédé au scrutin secret.
            Pour : 9 — Contre : 2 — Bulletins blancs : 1 — Bulletins nuls : 1
            Objet : adhésion au groupement de commandes e-primo
            Le comité syndical, après en avoir délibéré, autorise le Président à signer la convention constitutive.
            """, Ctx(kind: "syndicat", population: 2900, groupement: Ent, keywords: EntKeywords),
            F(("body", "comité syndical"), ("votesFor", 9), ("votesAgainst", 2), ("blankOrSpoilt", 2), ("votesCast", 13)),
            [NotExecutory]),

        new("r09-label-value-tab-pairs-on-one-line", "MAIRIE DE CHAMPTOCÉ-SUR-LOIRE\nConseil municipal du lundi 9 mars 2026\n"
            + "Nombre de conseillers\tEn exercice\t15\nPrésents\t12\nVotants\t14\nDate de convocation\t02/03/2026\n"
            + "Objet : adhésion au groupement de commandes e-primo\n"
            + "Le conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention constitutive.\n"
            + "Vote :\tPour\t13\tContre\t1\tAbstention\t0\n",
            Ctx(population: 2000, groupement: Ent, keywords: EntKeywords),
            F(("membersInOffice", 15), ("present", 12), ("votesCast", 14), ("votesFor", 13), ("votesAgainst", 1), ("abstentions", 0), ("convocationDate", "2026-03-02")),
            [NotExecutory]),

        new("r08-commission-permanente-membership-figure", """
            DÉPARTEMENT DE LA MAYENNE
            COMMISSION PERMANENTE DU 23 MARS 2026
            Convocation du 13 mars 2026
            Nombre de membres de la commission permanente : 34 — présents : 20 — délégations de vote : 8
            Objet : adhésion au groupement de commandes e-primo pour les collèges
            La commission permanente, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.
            """, Ctx(siren: "225300011", groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("sessionDate", "2026-03-23"), ("membersInOffice", 34), ("present", 20), ("proxies", 8)),
            [NotExecutory]),
    ];
}
