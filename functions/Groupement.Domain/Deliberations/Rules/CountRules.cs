namespace Groupement.Domain.Deliberations.Rules;

/// <summary>Quorum (L2121-17), proxies (L2121-20), consistency of the vote figures, missing figures.</summary>
internal static class CountRules
{
    public static IEnumerable<Finding> Apply(DeliberationFacts f, MemberProfile member)
    {
        var quorumArticle = member.Kind switch
        {
            "departement" => "CGCT, art. L3121-14",
            "region" => "CGCT, art. L4132-13",
            "epci" or "syndicat" => "CGCT, art. L2121-17 et L5211-1",
            _ => "CGCT, art. L2121-17",
        };
        var cgct = member.Kind != MemberKinds.Etablissement;
        var missing = new List<string>();
        if (f.MembersInOffice is null) missing.Add("membres en exercice");
        if (f.Present is null) missing.Add("présents");
        if (f.VotesCast is null && f.VotesFor is null && f.Unanimous != true) missing.Add("votants ou résultat du vote");
        if (missing.Count > 0 && cgct)
        {
            yield return Finding.Warning(FindingCodes.CountsMissing,
                $"Nombres introuvables dans la délibération : {string.Join(", ", missing)} ; le quorum et le vote n'ont pas pu être vérifiés ({quorumArticle})."); 
        }

        if (cgct && f.MembersInOffice is int inOffice && f.Present is int present && !f.SecondConvocation)
        {
            var quorum = inOffice / 2 + 1;
            if (present < quorum)
            {
                yield return Finding.Error(FindingCodes.QuorumNotMet,
                    $"Le quorum n'est pas atteint : {present} présents pour {inOffice} membres en exercice, il en faut au moins {quorum} ({quorumArticle}).");
            }
        }

        if (cgct && f.Proxies is int proxies && proxies > 0)
        {
            if (f.MembersInOffice is int n && f.Present is int p && proxies > n - p)
            {
                yield return Finding.Error(FindingCodes.ProxiesExceedAbsent,
                    $"Le nombre de pouvoirs ({proxies}) dépasse celui des absents ({n} en exercice − {p} présents = {n - p}) : seul un absent peut donner pouvoir (CGCT, art. L2121-20).");
            }
            else if (f.Present is int holders && proxies > holders)
            {
                yield return Finding.Error(FindingCodes.ProxiesExceedAbsent,
                    $"Le nombre de pouvoirs ({proxies}) dépasse celui des présents ({holders}) : un conseiller ne peut détenir qu'un seul pouvoir (CGCT, art. L2121-20).");
            }
        }

        foreach (var problem in VoteProblems(f))
        {
            yield return Finding.Error(FindingCodes.VotesInconsistent, problem + (cgct ? " (CGCT, art. L2121-20)." : "."));
        }
    }

    private static IEnumerable<string> VoteProblems(DeliberationFacts f)
    {
        // Without the number of proxies, only the members in office bound the votes.
        var cast = f.Voters ?? f.ValidVotes;
        var castLabel = f.Voters is not null ? "votants" : "suffrages exprimés";
        if (cast is int c && f.Present is int p && f.Proxies is int proxies && c > p + proxies)
        {
            yield return $"Le nombre de {castLabel} ({c}) dépasse celui des présents et représentés ({p} + {proxies} = {p + proxies})";
        }
        else if (cast is int c2 && f.MembersInOffice is int n && c2 > n)
        {
            yield return $"Le nombre de {castLabel} ({c2}) dépasse celui des membres en exercice ({n})";
        }
        if (f.VotesFor is int yes)
        {
            var no = f.VotesAgainst ?? 0;
            if (f.Voters is int v && f.Abstentions is int abst && yes + no + abst != v)
            {
                yield return $"Les voix pour, contre et les abstentions ({yes} + {no} + {abst} = {yes + no + abst}) ne font pas le nombre de votants ({v})";
            }
            else if (f.Voters is int v2 && yes + no > v2)
            {
                yield return $"Les voix pour et contre ({yes} + {no} = {yes + no}) dépassent le nombre de votants ({v2})";
            }
            if (f.ValidVotes is int e && yes + no != e)
            {
                yield return $"Les voix pour et contre ({yes} + {no} = {yes + no}) ne font pas le nombre de suffrages exprimés ({e})";
            }
            if (f.Unanimous == true && f.VotesAgainst is > 0)
            {
                yield return $"La délibération est dite adoptée à l'unanimité mais compte {f.VotesAgainst} voix contre";
            }
        }
        if (f.Voters is int vv && f.ValidVotes is int ee && ee > vv)
        {
            yield return $"Les suffrages exprimés ({ee}) dépassent le nombre de votants ({vv})";
        }
    }
}
