using static Groupement.Domain.Tests.Deliberations.Cases.CommuneCases;
using static Groupement.Domain.Tests.Deliberations.Cases.DeliberationCase;

namespace Groupement.Domain.Tests.Deliberations.Cases;

/// <summary>The figures of the séance and of the vote as registries lay them out: tab tables, dot leaders, columns,
/// words, sentences; proxies inside the votants; members who do not vote; blank and spoilt ballots.</summary>
public static class VoteLayoutCases
{
    private const string NotExecutory = "NOT_YET_EXECUTORY";

    private static string Mairie(string counts, string decision = "Le conseil municipal, après en avoir délibéré, décide d'adhérer au groupement de commandes e-primo et autorise le Maire à signer la convention constitutive.") => $"""
        MAIRIE DE DOUÉ-EN-ANJOU
        Conseil municipal — séance du mardi 3 mars 2026 à 20 h 00
        Date de la convocation : 24 février 2026

        {counts}

        Objet : Écoles — adhésion au groupement de commandes e-primo
        {decision}
        """;

    private static readonly Groupement.Domain.Deliberations.DeliberationContext Doue = Ctx(population: 11000, groupement: Ent, keywords: EntKeywords);

    public static IEnumerable<DeliberationCase> All =>
    [
        new("v01-tab-table-of-figures", Mairie("En exercice\tPrésents\tPouvoirs\tVotants\n33\t26\t5\t31\nPour\tContre\tAbstentions\n29\t0\t2"), Doue,
            F(("membersInOffice", 33), ("present", 26), ("proxies", 5), ("votesCast", 31), ("votesFor", 29), ("votesAgainst", 0), ("abstentions", 2)),
            [NotExecutory]),

        new("v02-dot-leaders", Mairie("Conseillers en exercice ............. 33\nConseillers présents ................ 27\nProcurations ........................ 4\nVotants ............................. 31\nVoix pour ........................... 31"), Doue,
            F(("membersInOffice", 33), ("present", 27), ("proxies", 4), ("votesCast", 31), ("votesFor", 31)),
            [NotExecutory]),

        new("v03-label-value-columns", Mairie("Membres en exercice : 33\t\tPrésents : 25\nReprésentés : 6\t\tVotants : 31\nSuffrages exprimés : 30\t\tAbstention : 1\nPour : 30\t\tContre : 0"), Doue,
            F(("membersInOffice", 33), ("present", 25), ("proxies", 6), ("votesCast", 31), ("validVotes", 30), ("abstentions", 1), ("votesFor", 30)),
            [NotExecutory]),

        new("v04-figures-in-words", Mairie("Conseillers en exercice : trente-trois\nPrésents : vingt-quatre\nPouvoirs : cinq\nVotants : vingt-neuf\nAdopté à l'unanimité des votants."), Doue,
            F(("membersInOffice", 33), ("present", 24), ("proxies", 5), ("votesCast", 29), ("unanimous", true)),
            [NotExecutory]),

        new("v05-votants-dont-pouvoirs", Mairie("Conseillers en exercice : 33 — Présents : 27 — Votants : 33 dont 6 pouvoirs\nPour : 31 — Contre : 2 — Abstention : 0"), Doue,
            F(("present", 27), ("proxies", 6), ("votesCast", 33), ("votesFor", 31), ("votesAgainst", 2), ("abstentions", 0)),
            [NotExecutory]),

        new("v06-counts-in-a-sentence", Mairie("Sur les 33 conseillers en exercice, 24 étaient présents et 5 représentés ; 29 ont pris part au vote : 26 pour, 3 contre."), Doue,
            F(("membersInOffice", 33), ("present", 24), ("proxies", 5), ("votesCast", 29), ("votesFor", 26), ("votesAgainst", 3)),
            [NotExecutory]),

        new("v07-one-member-does-not-vote", Mairie("En exercice : 33 ; présents : 28 ; pouvoirs : 3 ; votants : 30\nMme LEFORT, présidente de l'association de parents d'élèves, ne prend pas part au vote.\nAdopté à l'unanimité des votants."), Doue,
            F(("present", 28), ("proxies", 3), ("votesCast", 30), ("notVoting", 1)),
            [NotExecutory]),

        new("v08-non-voting-member-counted-anyway", Mairie("En exercice : 33 ; présents : 28 ; pouvoirs : 3 ; votants : 31\nM. ROUSSEL ne prend pas part au vote.\nAdopté à l'unanimité des votants."), Doue,
            F(("votesCast", 31), ("notVoting", 1)),
            ["VOTES_INCONSISTENT", NotExecutory]),

        new("v09-blank-ballots-add-up", Mairie("En exercice : 33 — présents : 27 — pouvoirs : 4 — votants : 31\nVote à bulletin secret : pour : 25 ; contre : 3 ; abstentions : 1 ; bulletins blancs : 2"), Doue,
            F(("votesCast", 31), ("votesFor", 25), ("votesAgainst", 3), ("abstentions", 1), ("blankOrSpoilt", 2)),
            [NotExecutory]),

        new("v10-blank-and-spoilt-ballots-do-not-add-up", Mairie("En exercice : 33 — présents : 27 — pouvoirs : 4 — votants : 31\nScrutin secret. Pour : 24 — Contre : 3 — Abstentions : 0 — Bulletins blancs : 1 — Bulletins nuls : 1"), Doue,
            F(("votesCast", 31), ("votesFor", 24), ("blankOrSpoilt", 2)),
            ["VOTES_INCONSISTENT", NotExecutory]),

        new("v11-blank-ballots-outside-suffrages-exprimes", Mairie("En exercice : 33\nPrésents : 29\nVotants : 29\nBulletins blancs ou nuls : 3\nSuffrages exprimés : 26\nPour : 22\nContre : 4"), Doue,
            F(("votesCast", 29), ("validVotes", 26), ("blankOrSpoilt", 3), ("votesFor", 22), ("votesAgainst", 4)),
            [NotExecutory]),

        new("v13-registry-table-with-wrapped-labels", Mairie("Nombre de membres\nafférents au        en exercice        qui ont pris part\nconseil municipal                      à la délibération\n33                  33                 30\nAdopté à l'unanimité."), Doue,
            F(("membersInOffice", 33), ("votesCast", 30), ("present", null), ("unanimous", true)),
            ["COUNTS_MISSING", NotExecutory]),

        new("v12-present-and-represented-is-not-present", Mairie("En exercice : 33 — Présents et représentés : 30 — Présents : 25 — Votants : 30\nAdopté à l'unanimité."), Doue,
            F(("present", 25), ("proxies", null), ("votesCast", 30)),
            [NotExecutory]),
    ];
}
