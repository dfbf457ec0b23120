using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Pages and files holding several délibérations: only the one about the groupement is read.</summary>
public static class RegistryPageCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    private const string Header = """
        COMMUNE DE LONGUÉ-JUMELLES
        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
        Séance du jeudi 5 mars 2026 — convocation du 26 février 2026
        Conseillers en exercice : 27 — présents : 21 — pouvoirs : 4
        Secrétaire de séance : M. Hervé GUILLOT
        """;

    private static string Item(string number, string title, string decision, string vote) => $"""

        DÉLIBÉRATION N° {number}
        Objet : {title}
        {decision}
        {vote}
        """;

    private static readonly Groupement.Domain.Deliberations.DeliberationContext Longue = Ctx(population: 6900, groupement: Ent, keywords: EntKeywords);

    private static string WholeAct(string tampon, string number, string counts, string title, string decision) => $"""
        {tampon}
        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
        Commune de Beaufort-en-Anjou — séance du lundi 9 mars 2026 — convocation du 2 mars 2026
        Délibération n° {number}
        {counts}
        Objet : {title}
        Le conseil municipal, après en avoir délibéré, {decision}
        """;

    public static IEnumerable<DeliberationCase> All =>
    [
        new("m07-file-of-whole-acts-one-a-page",
            WholeAct("Envoyé en préfecture le 11/03/2026 — ID : 049-214903288-20260309-2026_20-DE", "2026-20",
                "En exercice : 29 ; présents : 22 ; pouvoirs : 3 ; votants : 25", "Tarifs des salles communales", "fixe les tarifs par 20 voix pour et 5 voix contre.")
            + "\f" + WholeAct("Envoyé en préfecture le 12/03/2026\nReçu en préfecture le 12/03/2026\nPublié le 13/03/2026\nID : 049-214903288-20260309-2026_21-DE", "2026-21",
                "En exercice : 29 ; présents : 23 ; pouvoirs : 3 ; votants : 26", "Adhésion au groupement de commandes e-primo",
                "à l'unanimité, décide d'adhérer au groupement de commandes et autorise le Maire à signer la convention constitutive.")
            + "\f" + WholeAct("Envoyé en préfecture le 11/03/2026 — ID : 049-214903288-20260309-2026_22-DE", "2026-22",
                "En exercice : 29 ; présents : 21 ; pouvoirs : 3 ; votants : 24", "Subvention à l'école de musique", "attribue la subvention par 22 voix pour et 2 abstentions."),
            Ctx(siren: "214903288", population: 6700, groupement: Ent, keywords: EntKeywords),
            F(("present", 23), ("votesCast", 26), ("unanimous", true), ("votesFor", null), ("stamp.actId", "049-214903288-20260309-2026_21-DE"),
              ("stamp.receivedOn", "2026-03-12"), ("stamp.publishedOn", "2026-03-13"), ("evidence.present.page", 2), ("evidence.actId.page", 2)),
            []),

        new("m01-five-items-groupement-third", Header
            + Item("2026-014", "Tarifs du restaurant scolaire", "Le conseil municipal, après en avoir délibéré, fixe les tarifs de la restauration scolaire.", "Votants : 25 — Pour : 19 — Contre : 6")
            + Item("2026-015", "Subvention au comité des fêtes", "Le conseil municipal, après en avoir délibéré, décide d'attribuer une subvention de 1 200 euros.", "Votants : 24 — Pour : 24 (M. PIRON ne prend pas part au vote)")
            + Item("2026-016", "Adhésion au groupement de commandes e-primo", "Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes pour l'environnement numérique de travail des écoles et autorise le Maire à signer la convention constitutive.", "Votants : 25 — Pour : 23 — Contre : 0 — Abstentions : 2")
            + Item("2026-017", "Bail de la maison médicale", "Le conseil municipal, après en avoir délibéré, autorise le Maire à signer le bail.", "Votants : 25 — Pour : 15 — Contre : 8 — Abstentions : 2")
            + Item("2026-018", "Motion sur la desserte ferroviaire", "Le conseil municipal adopte la motion.", "Adoptée à l'unanimité."),
            Longue,
            F(("sessionDate", "2026-03-05"), ("convocationDate", "2026-02-26"), ("membersInOffice", 27), ("present", 21), ("proxies", 4),
              ("votesCast", 25), ("votesFor", 23), ("votesAgainst", 0), ("abstentions", 2), ("unanimous", null), ("concernsGroupement", true),
              ("notVoting", null), ("object", "Adhésion au groupement de commandes e-primo"), ("deliberationsInDocument", 5)),
            [NotExecutory]),

        new("m02-groupement-first-item", Header
            + Item("2026-020", "Adhésion au groupement de commandes e-primo", "Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention constitutive du groupement de commandes.", "Votants : 25")
            + Item("2026-021", "Vente d'un terrain communal", "Le conseil municipal, après en avoir délibéré, approuve la vente.", "Votants : 31 — Pour : 20 — Contre : 11"),
            Longue,
            F(("votesCast", 25), ("votesFor", null), ("votesAgainst", null), ("unanimous", true)),
            [NotExecutory]),

        new("m03-item-with-its-own-attendance", Header
            + Item("2026-030", "Budget annexe de l'assainissement", "Le conseil municipal, après en avoir délibéré, adopte le budget annexe.", "Votants : 25 — Pour : 25")
            + Item("2026-031", "Adhésion au groupement de commandes e-primo", "Arrivée de Mme CHAUVEAU : présents : 22 — pouvoirs : 4 — votants : 26.\nLe conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention constitutive du groupement de commandes.", "Pour : 26"),
            Longue,
            F(("membersInOffice", 27), ("present", 22), ("proxies", 4), ("votesCast", 26), ("votesFor", 26)),
            [NotExecutory]),

        new("m04-each-item-its-own-tampon", Header
            + Item("2026-040", "Convention de fourrière", "Le conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention.", "Adopté à l'unanimité.\nEnvoyé en préfecture le 09/03/2026 — ID : 049-214903288-20260305-2026_040-DE")
            + Item("2026-041", "Adhésion au groupement de commandes e-primo", "Le conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention constitutive du groupement de commandes.", "Adopté à l'unanimité.\nEnvoyé en préfecture le 10/03/2026 — Reçu en préfecture le 10/03/2026 — Publié le 11/03/2026 — ID : 049-214903288-20260305-2026_041-DE"),
            Ctx(siren: "214903288", population: 6900, groupement: Ent, keywords: EntKeywords),
            F(("stamp.actId", "049-214903288-20260305-2026_041-DE"), ("stamp.sentOn", "2026-03-10"), ("stamp.publishedOn", "2026-03-11")),
            []),

        new("m05-no-item-about-the-groupement", Header
            + Item("2026-050", "Tarifs de la médiathèque", "Le conseil municipal, après en avoir délibéré, fixe les tarifs.", "Votants : 25 — Pour : 25")
            + Item("2026-051", "Bail commercial", "Le conseil municipal, après en avoir délibéré, autorise le Maire à signer le bail commercial.", "Votants : 25 — Pour : 21 — Contre : 4"),
            Longue,
            F(("concernsGroupement", false)),
            ["DELIB_OBJECT_MISMATCH", "DELIB_NO_AUTHORIZATION", NotExecutory]),

        new("m08-commission-permanente-agenda-of-rapports", "DÉPARTEMENT DE MAINE-ET-LOIRE — COMMISSION PERMANENTE\nRéunion du lundi 16 mars 2026\n"
            + "Membres en exercice : 42 — présents : 33 — délégations de vote : 7\n\n"
            + "Rapport n° CP-2026-110 — Routes départementales\nLa commission permanente, après en avoir délibéré, approuve le programme. Votants : 40 — Pour : 30 — Contre : 10\n\n"
            + "Rapport n° CP-2026-111 — Collèges : adhésion au groupement de commandes e-primo\nLa commission permanente, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention constitutive.\n\n"
            + "Rapport n° CP-2026-112 — Aide sociale\nLa commission permanente, après en avoir délibéré, adopte le rapport. Votants : 40 — Pour : 25 — Contre : 15\n",
            Ctx(siren: "224900019", groupement: Ent, keywords: EntKeywords),
            F(("body", "commission permanente"), ("present", 33), ("proxies", 7), ("votesFor", null), ("votesAgainst", null), ("unanimous", true),
              ("deliberationsInDocument", 3)),
            [NotExecutory]),

        new("m09-numbered-titles-without-label", Header
            + "\n\n2026-070 TARIFS DU CIMETIÈRE\nLe conseil municipal, après en avoir délibéré, fixe les tarifs. Votants : 25 — Pour : 18 — Contre : 7\n"
            + "\n2026-071 ADHÉSION AU GROUPEMENT DE COMMANDES E-PRIMO\nObjet de la délibération : environnement numérique de travail des écoles\n"
            + "Le conseil municipal, après en avoir délibéré, autorise le Maire à signer la convention constitutive du groupement de commandes. Votants : 25 — Pour : 24 — Abstention : 1\n"
            + "\n2026-072 RAPPORT SUR LE PRIX DE L'EAU\nLe conseil municipal, après en avoir délibéré, prend acte du rapport. Votants : 25 — Pour : 25\n",
            Longue,
            F(("votesCast", 25), ("votesFor", 24), ("votesAgainst", null), ("abstentions", 1), ("object", "environnement numérique de travail des écoles"),
              ("deliberationsInDocument", 3)),
            [NotExecutory]),

        new("m06-second-page-holds-the-groupement", Header
            + Item("2026-060", "Rapport d'activité du syndicat d'eau", "Le conseil municipal, après en avoir délibéré, prend acte du rapport.", "Votants : 25 — Pour : 25")
            + "\f"
            + Item("2026-061", "Adhésion au groupement de commandes e-primo", "Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes et autorise le Maire à signer la convention constitutive.", "Votants : 24 — Pour : 22 — Contre : 1 — Abstention : 1"),
            Longue,
            F(("votesCast", 24), ("votesFor", 22), ("votesAgainst", 1), ("abstentions", 1), ("evidence.votesCast.page", 2), ("evidence.sessionDate.page", 1)),
            [NotExecutory]),
    ];
}
