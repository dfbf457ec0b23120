using Groupement.Domain.Deliberations;
using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>The prefecture tampon in its forms, and act identifiers right and wrong.</summary>
public static class StampCases
{
    private const string Angers = "214900078";

    private static string Saumur(string stamp, string session = "Séance du mardi 10 mars 2026") => $"""
        {stamp}

        VILLE DE SAUMUR
        CONSEIL MUNICIPAL
        {session}
        Date de convocation : 3 mars 2026
        Conseillers en exercice : 35 — Présents : 28 — Pouvoirs : 5 — Votants : 33

        Objet : Éducation — adhésion au groupement de commandes e-primo
        Le conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes pour l'environnement numérique de travail des écoles et autorise le Maire à signer la convention constitutive.
        """;

    private static DeliberationContext SaumurContext(string? knownActId = null) =>
        Ctx(siren: "214903288", population: 26241, groupement: Ent, keywords: EntKeywords, knownActId: knownActId);

    private const string Full = "Envoyé en préfecture le 12/03/2026\nReçu en préfecture le 12/03/2026\nPublié le 13/03/2026\n";

    public static IEnumerable<DeliberationCase> All =>
    [
        new("s01-s2low-stamp-complete", Saumur(Full + "ID : 049-214903288-20260310-2026_045-DE"), SaumurContext(),
            F(("stamp.sentOn", "2026-03-12"), ("stamp.receivedOn", "2026-03-12"), ("stamp.publishedOn", "2026-03-13"),
              ("stamp.actId", "049-214903288-20260310-2026_045-DE"), ("sessionDate", "2026-03-10"), ("authority", "Ville de Saumur")), []),

        new("s02-sent-and-received-not-published", Saumur("Envoyé en préfecture le 12/03/2026\nReçu en préfecture le 13/03/2026\nID : 049-214903288-20260310-2026_045-DE"),
            SaumurContext(), F(("stamp.receivedOn", "2026-03-13"), ("stamp.publishedOn", null)), ["NOT_YET_EXECUTORY"]),

        new("s03-act-id-other-siren", Saumur(Full + $"ID : 049-{Angers}-20260310-2026_045-DE"), SaumurContext(),
            F(("stamp.actId", $"049-{Angers}-20260310-2026_045-DE")), ["ACT_ID_SIREN_MISMATCH"]),

        new("s04-act-id-other-date", Saumur(Full + "ID : 049-214903288-20260311-2026_045-DE"), SaumurContext(),
            F(("sessionDate", "2026-03-10")), ["ACT_ID_DATE_MISMATCH"]),

        new("s05-act-id-nature-contract", Saumur(Full + "ID : 049-214903288-20260310-2026_045-CC"), SaumurContext(),
            F(("stamp.actId", "049-214903288-20260310-2026_045-CC")), ["ACT_ID_NATURE_NOT_DE"]),

        new("s06-act-id-malformed", Saumur(Full + "ID : 49-214903288-2026031-45-DE"), SaumurContext(),
            F(("stamp.actId", "49-214903288-2026031-45-DE")), ["ACT_ID_INVALID"]),

        new("s07-accuse-de-reception-and-certified", Saumur("""
            Accusé de réception en préfecture
            049-214903288-20260310-DEL2026_45-DE
            Date de télétransmission : 11/03/2026
            Date de réception préfecture : 11/03/2026
            """) + "\nCertifié exécutoire, compte tenu de la transmission en Préfecture et de la publication le : 12/03/2026\n", SaumurContext(),
            F(("stamp.actId", "049-214903288-20260310-DEL2026_45-DE"), ("stamp.sentOn", "2026-03-11"), ("stamp.receivedOn", "2026-03-11"),
              ("stamp.publishedOn", "2026-03-12"), ("stamp.certifiedExecutory", true)), []),

        new("s08-act-id-known-from-ar", Saumur("Publié sur le site internet de la commune le 12 mars 2026"),
            SaumurContext(knownActId: "049-214903288-20260310-2026_045-DE"),
            F(("stamp.publishedOn", "2026-03-12"), ("stamp.actId", null)), []),

        new("s09-typology-prefix", Saumur(Full + "ID : 99_DE-049-214903288-20260310-2026_045-DE"), SaumurContext(),
            F(("stamp.actId", "049-214903288-20260310-2026_045-DE")), []),

        new("s10-legalite-and-affichage", Saumur("Transmis au contrôle de légalité le 11 mars 2026\nAffiché le 11 mars 2026"), SaumurContext(),
            F(("stamp.sentOn", "2026-03-11"), ("stamp.publishedOn", "2026-03-11"), ("stamp.actId", null)), []),

        new("s11-departement-act-id-other-department", """
            Reçu en préfecture le 30/03/2026
            Publié le 31/03/2026
            ID : 044-224900019-20260323-CD2026_12-DE

            DÉPARTEMENT DE MAINE-ET-LOIRE
            CONSEIL DÉPARTEMENTAL
            Réunion du 23 mars 2026
            Date de convocation : 9 mars 2026
            Conseillers départementaux en exercice : 42 ; présents : 35 ; pouvoirs : 6 ; votants : 41
            Le Conseil départemental, après en avoir délibéré, à l'unanimité, approuve l'adhésion au groupement de commandes e-primo et autorise le Président à signer la convention constitutive.
            """, Ctx(siren: "224900019", groupement: Ent, keywords: EntKeywords),
            F(("stamp.actId", "044-224900019-20260323-CD2026_12-DE")), ["ACT_ID_INVALID"]),
    ];
}
