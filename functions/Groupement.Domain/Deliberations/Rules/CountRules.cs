namespace Groupement.Domain.Deliberations.Rules;

/// <summary>Quorum (L2121-17, L3121-14, L3121-14-1, L4132-13), proxies (L2121-20, L3121-16, L4132-15), consistency
/// of the vote figures with blank and spoilt ballots, missing figures. Each finding points at the figure it rests on.</summary>
internal static class CountRules
{
    public static IEnumerable<Finding> Apply(DeliberationFacts f, MemberProfile member)
    {
        var e = f.Evidence;
        var assembly = AssemblyOf(f, member);
        var cgct = member.Kind != MemberKinds.Etablissement;
        var missing = new List<string>();
        if (f.MembersInOffice is null) missing.Add("membres en exercice");
        if (f.Present is null) missing.Add("présents");
        if (f.VotesCast is null && f.VotesFor is null && f.Unanimous != true) missing.Add("votants ou résultat du vote");
        if (missing.Count > 0 && cgct)
        {
            yield return Finding.Warning(FindingCodes.CountsMissing,
                $"Nombres introuvables dans la délibération : {string.Join(", ", missing)} ; le quorum et le vote n'ont pas pu être vérifiés ({assembly.QuorumArticle}).");
        }

        if (cgct && QuorumFinding(f, assembly) is { } quorum) yield return quorum;

        if (cgct && f.Proxies is int proxies && proxies > 0)
        {
            if (f.MembersInOffice is int n && f.Present is int p && proxies > n - p)
            {
                yield return Finding.Error(FindingCodes.ProxiesExceedAbsent,
                    $"Le nombre de {assembly.ProxyWord} ({proxies}) dépasse celui des absents ({n} en exercice − {p} présents = {n - p}) : seul un absent peut en donner ({assembly.ProxyArticle}).")
                    .At(e.Proxies);
            }
            else if (f.Present is int holders && proxies > holders)
            {
                yield return Finding.Error(FindingCodes.ProxiesExceedAbsent,
                    $"Le nombre de {assembly.ProxyWord} ({proxies}) dépasse celui des présents ({holders}) : un membre ne peut en détenir qu'une seule ({assembly.ProxyArticle}).")
                    .At(e.Proxies);
            }
        }

        foreach (var (problem, evidence) in VoteProblems(f))
        {
            yield return Finding.Error(FindingCodes.VotesInconsistent, problem + (cgct ? $" ({assembly.VoteArticle})." : ".")).At(evidence);
        }
    }

    private sealed record Assembly(string QuorumArticle, string ProxyArticle, string ProxyWord, string VoteArticle, bool CommissionPermanente, bool Bureau);

    private static Assembly AssemblyOf(DeliberationFacts f, MemberProfile member)
    {
        var body = f.Body ?? "";
        if (body == "commission permanente")
        {
            return member.Kind == MemberKinds.Region
                ? new("CGCT, art. L4132-13-1", "CGCT, art. L4132-15", "délégations de vote", "CGCT, art. L4132-13-1", true, false)
                : new("CGCT, art. L3121-14-1", "CGCT, art. L3121-16", "délégations de vote", "CGCT, art. L3121-14-1", true, false);
        }
        var bureau = body.StartsWith("bureau", StringComparison.Ordinal);
        return member.Kind switch
        {
            MemberKinds.Departement => new("CGCT, art. L3121-14", "CGCT, art. L3121-16", "délégations de vote", "CGCT, art. L3121-14", false, false),
            MemberKinds.Region => new("CGCT, art. L4132-13", "CGCT, art. L4132-15", "délégations de vote", "CGCT, art. L4132-13", false, false),
            MemberKinds.Epci or MemberKinds.Syndicat => new("CGCT, art. L2121-17 et L5211-1", "CGCT, art. L2121-20 et L5211-1", "pouvoirs", "CGCT, art. L2121-20 et L5211-1", false, bureau),
            _ => new("CGCT, art. L2121-17", "CGCT, art. L2121-20", "pouvoirs", "CGCT, art. L2121-20", false, bureau),
        };
    }

    private static Finding? QuorumFinding(DeliberationFacts f, Assembly assembly)
    {
        // A bureau's quorum is set by the rules of procedure, not by the CGCT: nothing certain to check.
        if (assembly.Bureau || f.MembersInOffice is not int inOffice || f.Present is not int present) return null;
        var e = f.Evidence;
        if (assembly.CommissionPermanente)
        {
            // Delegations not stated: the votants beyond the present can only be represented members.
            var represented = f.Proxies ?? Math.Max(0, (f.Voters ?? 0) - present);
            var missing = inOffice - present - represented;
            if (missing * 2 <= inOffice) return null;
            return Finding.Error(FindingCodes.QuorumNotMet,
                $"La commission permanente ne pouvait pas délibérer : {missing} de ses {inOffice} membres ne sont ni présents ni représentés "
                + $"({present} présents, {represented} représentés), soit la majorité de ses membres ({assembly.QuorumArticle}).").At(e.Present);
        }
        var quorum = inOffice / 2 + 1;
        if (present >= quorum) return null;
        if (f.SecondConvocation)
        {
            if (f.FirstSittingDate is not DateOnly first || f.SessionDate is not DateOnly session) return null;
            var gap = session.DayNumber - first.DayNumber;
            if (gap >= 3 || gap <= 0) return null;
            return Finding.Error(FindingCodes.QuorumNotMet,
                $"Le quorum n'est pas atteint : {present} présents pour {inOffice} membres en exercice, il en faut au moins {quorum} ; "
                + $"la seconde réunion ne dispense du quorum que si elle se tient trois jours au moins après la première, "
                + $"or {Time.FrenchDate.Format(first)} et {Time.FrenchDate.Format(session)} ne sont séparés que de {gap} jour{(gap > 1 ? "s" : "")} ({assembly.QuorumArticle}).")
                .At(e.FirstSittingDate ?? e.SecondConvocation);
        }
        return Finding.Error(FindingCodes.QuorumNotMet,
            $"Le quorum n'est pas atteint : {present} présents pour {inOffice} membres en exercice, il en faut au moins {quorum} ({assembly.QuorumArticle}).")
            .At(e.Present);
    }

    private static IEnumerable<(string Problem, Evidence? At)> VoteProblems(DeliberationFacts f)
    {
        var e = f.Evidence;
        // Without the number of proxies, only the members in office bound the votes.
        var cast = f.Voters ?? f.ValidVotes;
        var castAt = f.Voters is not null ? e.Voters : e.ValidVotes;
        var castLabel = f.Voters is not null ? "votants" : "suffrages exprimés";
        var notVoting = f.NotVoting ?? 0;
        if (cast is int c && f.Present is int p && f.Proxies is int proxies && c > p + proxies - notVoting)
        {
            yield return notVoting > 0
                ? ($"Le nombre de {castLabel} ({c}) dépasse celui des présents et représentés qui ont pris part au vote ({p} + {proxies} − {notVoting} = {p + proxies - notVoting})", castAt)
                : ($"Le nombre de {castLabel} ({c}) dépasse celui des présents et représentés ({p} + {proxies} = {p + proxies})", castAt);
        }
        else if (cast is int c2 && f.MembersInOffice is int n && c2 > n)
        {
            yield return ($"Le nombre de {castLabel} ({c2}) dépasse celui des membres en exercice ({n})", castAt);
        }
        if (f.VotesFor is int yes)
        {
            var no = f.VotesAgainst ?? 0;
            var blank = f.BlankOrSpoilt;
            if (f.Voters is int v && (f.Abstentions is not null || blank is not null))
            {
                var abst = f.Abstentions ?? 0;
                var sum = yes + no + abst + (blank ?? 0);
                if (sum != v)
                {
                    var terms = blank is int b
                        ? $"Les voix pour, contre, les abstentions et les bulletins blancs ou nuls ({yes} + {no} + {abst} + {b} = {sum})"
                        : $"Les voix pour, contre et les abstentions ({yes} + {no} + {abst} = {sum})";
                    yield return ($"{terms} ne font pas le nombre de votants ({v})", e.Voters);
                }
            }
            else if (f.Voters is int v2 && yes + no > v2)
            {
                yield return ($"Les voix pour et contre ({yes} + {no} = {yes + no}) dépassent le nombre de votants ({v2})", e.Voters);
            }
            if (f.ValidVotes is int ex && yes + no != ex)
            {
                yield return ($"Les voix pour et contre ({yes} + {no} = {yes + no}) ne font pas le nombre de suffrages exprimés ({ex})", e.ValidVotes);
            }
            if (f.Unanimous == true && f.VotesAgainst is > 0)
            {
                yield return ($"La délibération est dite adoptée à l'unanimité mais compte {f.VotesAgainst} voix contre", e.VotesAgainst);
            }
        }
        if (f.Voters is int vv && f.ValidVotes is int ee)
        {
            if (ee > vv)
            {
                yield return ($"Les suffrages exprimés ({ee}) dépassent le nombre de votants ({vv})", e.ValidVotes);
            }
            else if (f.BlankOrSpoilt is int bs && ee + bs > vv)
            {
                yield return ($"Les suffrages exprimés et les bulletins blancs ou nuls ({ee} + {bs} = {ee + bs}) dépassent le nombre de votants ({vv})", e.ValidVotes);
            }
        }
    }
}
