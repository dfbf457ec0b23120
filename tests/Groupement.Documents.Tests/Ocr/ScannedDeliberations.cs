using Groupement.Domain.Deliberations;

namespace Groupement.Documents.Tests.Ocr;

/// <summary>Délibérations written for these tests, printed, "scanned" and read back.</summary>
internal static class ScannedDeliberations
{
    public const string Groupement = "Groupement de commandes ENT 1er degré e-primo";

    public static DeliberationContext Context => new()
    {
        Population = 2400, MemberKind = "commune", GroupementName = Groupement, Keywords = ["e-primo"],
    };

    public const string Commune = """
        RÉPUBLIQUE FRANÇAISE
        DÉPARTEMENT DE LOIRE-ATLANTIQUE
        COMMUNE DE SAINT-MARS-DES-PRÉS

        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
        Séance du 9 mars 2026

        Date de convocation : 2 mars 2026
        Nombre de conseillers en exercice : 19
        Nombre de conseillers présents : 14
        Nombre de pouvoirs : 3
        Nombre de votants : 17

        Le neuf mars deux mille vingt-six à vingt heures, le conseil municipal, régulièrement convoqué, s'est réuni à la mairie sous la présidence de Mme Hélène GARNIER, Maire.
        Secrétaire de séance : M. Louis PERRAUD.

        Objet : Adhésion au groupement de commandes ENT 1er degré e-primo

        Madame le Maire rappelle que les écoles de la commune utilisent l'environnement numérique de travail e-primo. Le rectorat de l'académie coordonne un groupement de commandes pour en assurer la continuité pendant quatre ans.

        Après en avoir délibéré, le conseil municipal, par 15 voix pour, 1 voix contre et 1 abstention :
        - approuve l'adhésion de la commune au groupement de commandes e-primo ;
        - autorise Madame le Maire à signer la convention constitutive et toute pièce s'y rapportant.

        Fait et délibéré les jour, mois et an susdits.
        La Maire, Hélène GARNIER
        """;
}
