using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Tampons as the usual transmission services print them (FAST, S²LOW, iXbus, e-legalite), the
/// "Accusé de réception en préfecture" block and the mayor's "Certifié exécutoire"; the layouts are written for these tests.</summary>
public static class TamponCases
{
    private const string Siren = "214900078";

    private static string Angers(string tampon, bool tamponFirst = true)
    {
        const string Body = """
            VILLE D'ANGERS
            CONSEIL MUNICIPAL — Séance du lundi 23 mars 2026
            Date de convocation : 13 mars 2026
            Conseillers en exercice : 55 ; présents : 46 ; pouvoirs : 8 ; votants : 54

            Objet : Éducation — adhésion au groupement de commandes e-primo
            Le conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes pour l'environnement numérique de travail et autorise le Maire ou son représentant à signer la convention constitutive.
            """;
        return tamponFirst ? tampon + "\n\n" + Body : Body + "\n\n" + tampon;
    }

    private static readonly Groupement.Domain.Deliberations.DeliberationContext Context =
        Ctx(siren: Siren, population: 157000, groupement: Ent, keywords: EntKeywords);

    private const string Id = "049-214900078-20260323-DEL2026_088-DE";

    public static IEnumerable<DeliberationCase> All =>
    [
        new("x01-fast-accuse-certifie-executoire", Angers($"""
            Accusé de réception - Ministère de l'Intérieur
            {Id}
            Accusé certifié exécutoire
            Réception par le préfet : 25/03/2026
            Publication : 26/03/2026
            """), Context,
            F(("stamp.actId", Id), ("stamp.receivedOn", "2026-03-25"), ("stamp.publishedOn", "2026-03-26"), ("stamp.certifiedExecutory", true)),
            []),

        new("x02-slow-publie-le", Angers($"""
            Envoyé en préfecture le 24/03/2026
            Reçu en préfecture le 24/03/2026
            Publié le 25/03/2026
            ID : {Id}
            """), Context,
            F(("stamp.sentOn", "2026-03-24"), ("stamp.receivedOn", "2026-03-24"), ("stamp.publishedOn", "2026-03-25"), ("stamp.actId", Id)),
            []),

        new("x03-ixbus-style-box-at-the-foot", Angers($"""
            Transmis au représentant de l'État le 24/03/2026
            Date de réception de l'AR : 24/03/2026
            {Id}
            Affichage : 25/03/2026
            """, tamponFirst: false), Context,
            F(("stamp.sentOn", "2026-03-24"), ("stamp.receivedOn", "2026-03-24"), ("stamp.publishedOn", "2026-03-25"), ("stamp.actId", Id)),
            []),

        new("x04-e-legalite-online-publication", Angers($"""
            Acte télétransmis le 24/03/2026 — accusé de réception du 24/03/2026
            Identifiant : {Id}
            Publié sur le site e-legalite.com le 27/03/2026
            """), Context,
            F(("stamp.sentOn", "2026-03-24"), ("stamp.publishedOn", "2026-03-27"), ("stamp.actId", Id)),
            []),

        new("x05-accuse-de-reception-en-prefecture-block", Angers($"""
            Accusé de réception en préfecture
            {Id}
            Date de télétransmission : 24/03/2026
            Date de réception préfecture : 25/03/2026
            """), Context,
            F(("stamp.sentOn", "2026-03-24"), ("stamp.receivedOn", "2026-03-25"), ("stamp.publishedOn", null), ("stamp.actId", Id)),
            ["NOT_YET_EXECUTORY"]),

        new("x06-certifie-executoire-by-the-mayor", Angers("""
            Le Maire certifie le caractère exécutoire du présent acte, transmis en préfecture le 24 mars 2026 et publié le 26 mars 2026.
            """, tamponFirst: false), Context,
            F(("stamp.sentOn", "2026-03-24"), ("stamp.publishedOn", "2026-03-26"), ("stamp.certifiedExecutory", true)),
            []),

        new("x09-deposit-and-receipt-labels", Angers($"""
            Date de dépôt en préfecture : 24/03/2026
            Accusé de réception : 25/03/2026
            Affiché du 26/03/2026 au 26/05/2026
            {Id}
            """), Context,
            F(("stamp.sentOn", "2026-03-24"), ("stamp.receivedOn", "2026-03-25"), ("stamp.publishedOn", "2026-03-26"), ("stamp.actId", Id)),
            []),

        new("x10-rendu-executoire-le", Angers("""
            Acte rendu exécutoire le 27/03/2026 après transmission au contrôle de légalité le 24/03/2026.
            """, tamponFirst: false), Context,
            F(("stamp.sentOn", "2026-03-24"), ("stamp.publishedOn", "2026-03-27"), ("stamp.certifiedExecutory", true)),
            []),

        new("x07-tampon-id-with-another-date", Angers("""
            Envoyé en préfecture le 24/03/2026
            Reçu en préfecture le 24/03/2026
            Publié le 25/03/2026
            ID : 049-214900078-20260316-DEL2026_088-DE
            """), Context,
            F(("stamp.actId", "049-214900078-20260316-DEL2026_088-DE"), ("sessionDate", "2026-03-23")),
            ["ACT_ID_DATE_MISMATCH"]),

        new("x08-tampon-beside-the-header-in-columns", "VILLE D'ANGERS\t\t\tAccusé de réception en préfecture\n"
            + "CONSEIL MUNICIPAL\t\t\t" + Id + "\n"
            + "Séance du lundi 23 mars 2026\t\t\tDate de réception préfecture : 25/03/2026\n"
            + "Date de convocation : 13 mars 2026\t\t\tPublié le : 26/03/2026\n\n"
            + "Conseillers en exercice : 55 ; présents : 46 ; pouvoirs : 8 ; votants : 54\n"
            + "Objet : adhésion au groupement de commandes e-primo\n"
            + "Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le Maire à signer la convention constitutive.\n",
            Context,
            F(("sessionDate", "2026-03-23"), ("convocationDate", "2026-03-13"), ("stamp.receivedOn", "2026-03-25"), ("stamp.publishedOn", "2026-03-26"), ("stamp.actId", Id)),
            []),
    ];
}
