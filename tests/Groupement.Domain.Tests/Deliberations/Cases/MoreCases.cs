using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Other bodies and layouts: a school board, the stamp beside the header, counts on one line, a date without year.</summary>
public static class MoreCases
{
    public static IEnumerable<DeliberationCase> All =>
    [
        new("e01-private-school-board", """
            OGEC SAINTE-ANNE — ÉCOLE PRIVÉE SOUS CONTRAT
            Conseil d'administration du 5 février 2026
            Convocation du 3 février 2026

            Administrateurs en exercice : 9 ; présents : 4 ; votants : 4

            Le conseil d'administration, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes e-primo et autorise la Présidente à signer la convention constitutive.
            """, Ctx(kind: "école privée", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil d'administration"), ("sessionDate", "2026-02-05"), ("present", 4), ("clearDays", null)),
            ["NOT_YET_EXECUTORY"]),

        new("s12-stamp-box-beside-the-header", "COMMUNE DE SAUMUR\t\t\tEnvoyé en préfecture le 12/03/2026\n"
            + "CONSEIL MUNICIPAL\t\t\tReçu en préfecture le 12/03/2026\n"
            + "Séance du mardi 10 mars 2026\t\t\tPublié le 13/03/2026\n"
            + "Date de convocation : 3 mars 2026\t\t\tID : 049-214903288-20260310-2026_045-DE\n\n"
            + "Nombre de conseillers : en exercice : 35 présents : 28 votants : 33\nPouvoirs : 5\n"
            + "Le conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes e-primo et autorise le Maire à signer la convention.\n",
            Ctx(siren: "214903288", population: 26241, groupement: Ent, keywords: EntKeywords),
            F(("authority", "Commune de Saumur"), ("sessionDate", "2026-03-10"), ("stamp.sentOn", "2026-03-12"), ("stamp.publishedOn", "2026-03-13"),
              ("stamp.actId", "049-214903288-20260310-2026_045-DE"), ("membersInOffice", 35), ("present", 28), ("votesCast", 33)),
            []),

        new("c09-brief-one-liner", """
            Commune de Brissac Loire Aubance
            Nombre de conseillers : en exercice : 19 présents : 15 votants : 17
            Séance du 2 février 2026 — convocation du 27 janvier 2026
            Le conseil municipal, après en avoir délibéré, adopte à l'unanimité l'adhésion au groupement de commandes e-primo et autorise le maire à signer la convention.
            """, Ctx(population: 3200, groupement: Ent, keywords: EntKeywords),
            F(("membersInOffice", 19), ("present", 15), ("proxies", null), ("votesCast", 17), ("clearDays", 5)),
            ["NOT_YET_EXECUTORY"]),

        new("c10-weekday-without-year", """
            COMMUNE DE MAZÉ-MILON — année 2026
            Le conseil municipal s'est réuni le lundi 2 février à 20 heures, sur convocation du mardi 27 janvier.
            En exercice : 27 — présents : 21 — procurations : 4 — votants : 25
            Le conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes e-primo et charge le maire de signer la convention constitutive.
            """, Ctx(population: 6200, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-02-02"), ("convocationDate", "2026-01-27"), ("present", 21), ("proxies", 4), ("clearDays", 5)),
            ["NOT_YET_EXECUTORY"]),
    
        new("s13-rendu-executoire-sentence", """
            VILLE DE SAUMUR — CONSEIL MUNICIPAL
            Séance du mardi 10 mars 2026 — date de convocation : 3 mars 2026
            Conseillers en exercice : 35 — Présents : 28 — Pouvoirs : 5 — Votants : 33
            Le conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes e-primo et autorise le Maire à signer la convention.
            Acte rendu exécutoire après dépôt en préfecture le 12/03/2026 et publication le 14/03/2026.
            """, Ctx(siren: "214903288", population: 26241, groupement: Ent, keywords: EntKeywords),
            F(("stamp.sentOn", "2026-03-12"), ("stamp.publishedOn", "2026-03-14"), ("stamp.certifiedExecutory", true)),
            []),
    ];
}
