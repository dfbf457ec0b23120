using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>EPCI, syndicats, département and région.</summary>
public static class IntercommunalCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    public static IEnumerable<DeliberationCase> All =>
    [
        new("i01-communaute-de-communes", """
            COMMUNAUTÉ DE COMMUNES DU PAYS DE CRAON
            EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
            Séance du 9 février 2026
            Date de convocation : 2 février 2026

            Nombre de délégués en exercice : 44
            Présents : 36
            Pouvoirs : 5
            Votants : 41

            Objet : Adhésion au groupement de commandes e-primo (environnement numérique de travail)
            Le conseil communautaire, après en avoir délibéré, à l'unanimité, approuve l'adhésion et autorise le Président à signer la convention constitutive du groupement de commandes.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil communautaire"), ("authority", "Communauté de Communes du Pays de Craon"), ("sessionDate", "2026-02-09"),
              ("membersInOffice", 44), ("present", 36), ("proxies", 5), ("votesCast", 41), ("clearDays", 6)),
            [NotExecutory]),

        new("i02-metropole-stamped-complete", """
            Envoyé en préfecture le 18/03/2026
            Reçu en préfecture le 18/03/2026
            Publié le 19/03/2026
            ID : 049-244900015-20260316-DEL_2026_041-DE

            ANGERS LOIRE MÉTROPOLE — CONSEIL DE COMMUNAUTÉ
            Séance du lundi 16 mars 2026
            Convocation du 9 mars 2026

            Membres en exercice : 92 ; présents : 71 ; pouvoirs : 15 ; votants : 86

            DEL-2026-041 — Numérique éducatif — Groupement de commandes e-primo — Adhésion
            Le Conseil de communauté, après en avoir délibéré, décide d'adhérer au groupement de commandes e-primo et autorise le Président ou son représentant à signer la convention.
            Adoptée par 80 voix pour, 0 voix contre et 6 abstentions.
            """, Ctx(siren: "244900015", kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil communautaire"), ("authority", "Angers Loire Métropole"), ("sessionDate", "2026-03-16"),
              ("convocationDate", "2026-03-09"), ("votesFor", 80), ("abstentions", 6), ("stamp.actId", "049-244900015-20260316-DEL_2026_041-DE"),
              ("stamp.publishedOn", "2026-03-19"), ("stamp.receivedOn", "2026-03-18")),
            []),

        new("i03-syndicat-scolaire", """
            SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE (SIVOS) DES TROIS RIVIÈRES
            Comité syndical — séance du 3 février 2026
            Date de convocation : 27 janvier 2026

            Délégués en exercice : 12 – Présents : 8 – Votants : 9

            Le comité syndical, après en avoir délibéré, à l'unanimité, décide d'adhérer au groupement de commandes pour l'environnement numérique de travail des écoles et autorise le Président à signer la convention constitutive.
            """, Ctx(kind: "syndicat", population: 2100, groupement: Ent, keywords: EntKeywords),
            F(("body", "comité syndical"), ("authority", "Syndicat Intercommunal à Vocation Scolaire"), ("membersInOffice", 12),
              ("present", 8), ("votesCast", 9), ("sessionDate", "2026-02-03"), ("convocationDate", "2026-01-27")),
            [NotExecutory]),

        new("i04-departement", """
            DÉPARTEMENT DE MAINE-ET-LOIRE
            CONSEIL DÉPARTEMENTAL
            Réunion du 23 mars 2026
            Date de convocation et d'envoi des rapports : 9 mars 2026

            Conseillers départementaux en exercice : 42 ; présents : 35 ; pouvoirs : 6 ; votants : 41

            Rapport n° 2026-12 — Collèges — Adhésion au groupement de commandes e-primo
            Le Conseil départemental, après en avoir délibéré, à l'unanimité, approuve l'adhésion au groupement de commandes et autorise le Président à signer la convention constitutive.
            """, Ctx(siren: "224900019", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil départemental"), ("authority", "Département de Maine-et-Loire"), ("sessionDate", "2026-03-23"),
              ("convocationDate", "2026-03-09"), ("membersInOffice", 42), ("clearDays", 13), ("requiredClearDays", 11)),
            [NotExecutory]),

        new("i05-region-report-too-late", """
            RÉGION PAYS DE LA LOIRE — CONSEIL RÉGIONAL
            Session du 16 avril 2026
            Convocation et rapports adressés le 6 avril 2026

            Conseillers régionaux en exercice : 93 ; présents : 70 ; pouvoirs : 20 ; votants : 90

            Le Conseil régional, après en avoir délibéré, décide d'adhérer au groupement de commandes e-primo pour les lycées et autorise la Présidente à signer la convention constitutive.
            Adopté à l'unanimité.
            """, Ctx(siren: "234400034", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil régional"), ("sessionDate", "2026-04-16"), ("convocationDate", "2026-04-06"), ("clearDays", 9), ("requiredClearDays", 11)),
            ["CONVOCATION_TOO_LATE", NotExecutory]),

        new("i06-metropole-full-vote", """
            NANTES MÉTROPOLE
            Conseil métropolitain du vendredi 13 février 2026
            Date d'envoi de la convocation : 6 février 2026

            Nombre de membres en exercice : 97
            Nombre de présents : 80
            Nombre de pouvoirs : 12
            Nombre de votants : 92
            Suffrages exprimés : 90
            Pour : 85
            Contre : 5
            Abstentions : 2

            Le Conseil métropolitain, après en avoir délibéré, approuve l'adhésion de Nantes Métropole au groupement de commandes e-primo et autorise Madame la Présidente ou son représentant à signer la convention constitutive.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil métropolitain"), ("authority", "Nantes Métropole"), ("votesCast", 92), ("validVotes", 90), ("votesFor", 85),
              ("votesAgainst", 5), ("abstentions", 2), ("clearDays", 6)),
            [NotExecutory]),

        new("i07-epci-population-unknown", """
            COMMUNAUTÉ D'AGGLOMÉRATION DU CHOLETAIS
            Conseil communautaire — séance du 19 janvier 2026
            Convocation du 14 janvier 2026

            En exercice : 62 ; présents : 50 ; pouvoirs : 8 ; votants : 58

            Le conseil communautaire, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention d'adhésion au groupement de commandes e-primo.
            """, Ctx(kind: "epci", groupement: Ent, keywords: EntKeywords),
            F(("sessionDate", "2026-01-19"), ("convocationDate", "2026-01-14"), ("clearDays", 4), ("population", null)),
            ["POPULATION_UNKNOWN", NotExecutory]),

        new("i08-syndicat-second-convocation", """
            SYNDICAT MIXTE DU NUMÉRIQUE ÉDUCATIF
            Conseil syndical — séance du 12 mars 2026 (seconde convocation)

            Le quorum n'ayant pas été atteint lors de la réunion du 5 mars, le conseil syndical a été à nouveau convoqué le 8 mars 2026 conformément à l'article L2121-17 du CGCT ; il délibère valablement sans condition de quorum.

            Membres en exercice : 16 ; présents : 5 ; pouvoirs : 2 ; votants : 7

            Le conseil syndical, après en avoir délibéré, à l'unanimité, autorise le Président à signer la convention d'adhésion au groupement de commandes e-primo.
            """, Ctx(kind: "syndicat", population: 3000, groupement: Ent, keywords: EntKeywords),
            F(("body", "conseil syndical"), ("sessionDate", "2026-03-12"), ("convocationDate", "2026-03-08"), ("present", 5),
              ("secondConvocation", true), ("clearDays", 3)),
            [NotExecutory]),
    ];
}
