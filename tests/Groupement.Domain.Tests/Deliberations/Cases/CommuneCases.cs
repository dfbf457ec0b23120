using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>Communes, small and large, in the forms mairies use.</summary>
public static class CommuneCases
{
    public const string Ent = "Groupement de commandes ENT 1er degré e-primo";
    public static readonly string[] EntKeywords = ["e-primo", "environnement numérique de travail"];
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    public static IEnumerable<DeliberationCase> All =>
    [
        new("c01-small-commune-registre", """
            Département de la Mayenne
            Arrondissement de Château-Gontier
            COMMUNE DE SAINT-DENIS-D'ANJOU

            EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
            Séance du 12 février 2026

            Nombre de membres afférents au conseil municipal : 15
            Nombre de membres en exercice : 15
            Nombre de membres présents : 11
            Nombre de suffrages exprimés : 12
            Date de convocation : 5 février 2026
            Date d'affichage de la convocation : 5 février 2026

            L'an deux mille vingt-six, le douze février à vingt heures trente, le conseil municipal de cette commune, régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu habituel de ses séances, sous la présidence de M. Jean DUPONT, Maire.

            Présents : M. DUPONT, Mme MARTIN, M. BERNARD, Mme THOMAS, M. PETIT, Mme ROBERT, M. RICHARD, Mme DURAND, M. DUBOIS, Mme MOREAU, M. LAURENT.
            Absents excusés : Mme LEROY (pouvoir à M. DUPONT), M. SIMON, Mme MICHEL, M. GARCIA.
            Secrétaire de séance : Mme MARTIN.

            Objet : Adhésion au groupement de commandes ENT 1er degré e-primo

            Monsieur le Maire présente la convention constitutive du groupement de commandes coordonné par le rectorat de l'académie de Nantes pour l'environnement numérique de travail des écoles.

            Après en avoir délibéré, le conseil municipal, à l'unanimité :
            - approuve l'adhésion de la commune au groupement de commandes e-primo ;
            - autorise le Maire à signer la convention constitutive et tout document s'y rapportant.
            """, Ctx(population: 1200, groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil municipal"), ("authority", "Commune de Saint-Denis-d'Anjou"), ("sessionDate", "2026-02-12"),
              ("convocationDate", "2026-02-05"), ("membersInOffice", 15), ("present", 11), ("proxies", null), ("votesCast", 12),
              ("unanimous", true), ("authorizesSignature", true), ("concernsGroupement", true), ("stamp.publishedOn", null), ("clearDays", 6)),
            [NotExecutory]),

        new("c02-large-ville-one-line-counts", """
            VILLE DE SAINT-NAZAIRE
            Conseil municipal du vendredi 6 février 2026
            Délibération n° 2026-014

            Nombre de conseillers : en exercice : 49 présents : 38 votants : 45
            Procurations : 7
            Convocation du 30 janvier 2026

            Président de séance : M. le Maire
            Secrétaire de séance : Mme Claire JOUBERT

            OBJET : ÉDUCATION – ADHÉSION AU GROUPEMENT DE COMMANDES « ENT 1ER DEGRÉ E-PRIMO » – CONVENTION CONSTITUTIVE

            Mesdames, Messieurs,
            La Ville utilise depuis 2019 l'environnement numérique de travail e-primo dans ses vingt-huit écoles publiques. Le rectorat propose de reconduire le groupement de commandes pour la période 2026-2030.
            Le Conseil municipal, après en avoir délibéré, décide :
            1°) d'approuver l'adhésion de la Ville au groupement de commandes pour l'environnement numérique de travail e-primo ;
            2°) d'autoriser le Maire ou son représentant à signer la convention constitutive.

            Adoptée à l'unanimité (45 voix pour).
            """, Ctx(siren: "214401846", population: 74568, groupement: Ent, keywords: EntKeywords),
            F(("authority", "Ville de Saint-Nazaire"), ("sessionDate", "2026-02-06"), ("convocationDate", "2026-01-30"),
              ("membersInOffice", 49), ("present", 38), ("proxies", 7), ("votesCast", 45), ("votesFor", 45), ("unanimous", true),
              ("authorizesSignature", true), ("requiredClearDays", 5), ("clearDays", 6)),
            [NotExecutory]),

        new("c03-minutes-in-words", """
            COMMUNE DE BEAULIEU-SUR-LAYON
            PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

            L'an deux mille vingt-six, le deux février, à dix-neuf heures, le conseil municipal de la commune de Beaulieu-sur-Layon, dûment convoqué le vingt-sept janvier deux mille vingt-six, s'est réuni en séance publique à la mairie sous la présidence de Mme Anne LEBRUN, Maire.

            Nombre de conseillers en exercice : dix-neuf
            Présents : quinze
            Pouvoirs : deux
            Votants : dix-sept

            Délibération n° 2026-07 : Adhésion au groupement de commandes e-primo

            Madame le Maire rappelle que les écoles utilisent un environnement numérique de travail financé par la commune.
            Le conseil municipal, après en avoir délibéré, par dix-sept voix pour, zéro voix contre et zéro abstention, décide d'adhérer au groupement de commandes et donne pouvoir à Madame le Maire pour signer la convention constitutive.
            """, Ctx(population: 1500, groupement: Ent, keywords: EntKeywords),
            F(("authority", "Commune de Beaulieu-sur-Layon"), ("sessionDate", "2026-02-02"), ("convocationDate", "2026-01-27"),
              ("membersInOffice", 19), ("present", 15), ("proxies", 2), ("votesCast", 17), ("votesFor", 17), ("votesAgainst", 0),
              ("abstentions", 0), ("authorizesSignature", true), ("clearDays", 5)),
            [NotExecutory]),

        new("c04-1990-spelling", """
            COMMUNE DE MONTREUIL-JUIGNÉ

            Le conseil municipal de la commune de Montreuil-Juigné s'est réuni le lundi deux mars deux-mille-vingt-six à vingt heures, après convocation adressée le vingt-quatre février deux-mille-vingt-six.

            Conseillers en exercice : vingt-et-un. Présents : dix-sept. Procurations : trois. Votants : vingt.

            Adhésion au groupement de commandes pour l'environnement numérique de travail des écoles (e-primo)

            Après en avoir délibéré, le conseil municipal approuve la convention constitutive et habilite le Maire à signer la convention.
            Pour : vingt ; Contre : zéro ; Abstention : néant.
            """, Ctx(population: 7800, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-02"), ("convocationDate", "2026-02-24"), ("membersInOffice", 21), ("present", 17),
              ("proxies", 3), ("votesCast", 20), ("votesFor", 20), ("votesAgainst", 0), ("abstentions", 0), ("clearDays", 5),
              ("requiredClearDays", 5), ("authority", "Commune de Montreuil-Juigné")),
            [NotExecutory]),

        new("c05-tabbed-table", "MAIRIE DE LOUVERNÉ\nExtrait du registre des délibérations\nSéance du 2.03.2026 — convocation du 24.02.2026\n\n"
            + "En exercice\tPrésents\tReprésentés\tVotants\n23\t18\t3\t21\n\nPour\tContre\tAbstentions\n19\t1\t1\n\n"
            + "Objet : groupement de commandes e-primo\n"
            + "Le conseil municipal, après en avoir délibéré, autorise Monsieur le Maire à signer la convention d'adhésion au groupement de commandes e-primo.\n",
            Ctx(population: 3600, groupement: Ent, keywords: EntKeywords),
            F(("authority", "Mairie de Louverné"), ("sessionDate", "2026-03-02"), ("convocationDate", "2026-02-24"), ("membersInOffice", 23),
              ("present", 18), ("proxies", 3), ("votesCast", 21), ("votesFor", 19), ("votesAgainst", 1), ("abstentions", 1)),
            [NotExecutory]),

        new("c06-numbers-before-labels", """
            Commune de Chalonnes-sur-Loire
            Réunion du conseil municipal du 10 mars 2026 à 20 h 30
            Date de convocation : 04/03/2026

            19 conseillers en exercice, 12 présents, 3 pouvoirs, 15 votants.

            Objet : adhésion au groupement de commandes pour l'environnement numérique de travail (e-primo).
            Le conseil municipal, après avoir entendu l'exposé, charge Monsieur le Maire de signer la convention d'adhésion au groupement.
            Adopté par 13 voix pour, 2 voix contre.
            """, Ctx(population: 6500, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-10"), ("convocationDate", "2026-03-04"), ("membersInOffice", 19), ("present", 12), ("proxies", 3),
              ("votesCast", 15), ("votesFor", 13), ("votesAgainst", 2), ("abstentions", null), ("clearDays", 5)),
            [NotExecutory]),

        new("c07-afferents-and-took-part", """
            RÉPUBLIQUE FRANÇAISE
            COMMUNE DE JUVARDEIL
            Séance ordinaire du jeudi 5 mars 2026

            Nombre de membres : Afférents au Conseil municipal : 15 ; En exercice : 14 ; Qui ont pris part à la délibération : 12
            Présents : 10
            Date de la convocation : 26 février 2026

            Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes pour l'ENT des écoles (e-primo) et autorise le maire à signer la convention constitutive.
            Votes : Pour : 12 Contre : 0 Abstentions : 0
            """, Ctx(population: 700, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-05"), ("convocationDate", "2026-02-26"), ("membersInOffice", 14), ("present", 10), ("proxies", null),
              ("votesCast", 12), ("votesFor", 12), ("votesAgainst", 0), ("abstentions", 0)),
            [NotExecutory]),

        new("c08-commune-nouvelle-represented", """
            COMMUNE DE ROCHES-EN-LOIR
            Délibération du 16 mars 2026

            Conseillers en exercice : 25 – Présents : 20 – Absents : 5 dont représentés : 3
            Convocation envoyée le 9 mars 2026

            Le conseil municipal, réuni sous la présidence de M. Marc HAMON, Maire,
            après en avoir délibéré, à l'unanimité des membres présents et représentés,
            DÉCIDE d'adhérer au groupement de commandes e-primo pour l'environnement numérique de travail des écoles,
            AUTORISE M. le Maire à signer la convention constitutive ainsi que toute pièce nécessaire.
            """, Ctx(population: 2900, groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-03-16"), ("convocationDate", "2026-03-09"), ("membersInOffice", 25), ("present", 20), ("proxies", 3),
              ("votesCast", null), ("unanimous", true), ("authorizesSignature", true)),
            [NotExecutory]),
    ];
}
