using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>The deliberating body ("conseil municipal" …) and the authority's name ("Commune de X" …).</summary>
internal static partial class BodyParser
{
    private static readonly (Regex Pattern, string Name, string Kind)[] Bodies =
    [
        (new Regex(@"\bconseil\s+municipal\b", RegexOptions.Compiled), "conseil municipal", MemberKinds.Commune),
        (new Regex(@"\bconseil\s+communautaire\b|\bbureau\s+communautaire\b|\bconseil\s+de\s+(?:la\s+)?communaute\b", RegexOptions.Compiled), "conseil communautaire", MemberKinds.Epci),
        (new Regex(@"\bconseil\s+(?:metropolitain|de\s+(?:la\s+)?metropole)\b", RegexOptions.Compiled), "conseil métropolitain", MemberKinds.Epci),
        (new Regex(@"\bcomite\s+syndical\b", RegexOptions.Compiled), "comité syndical", MemberKinds.Syndicat),
        (new Regex(@"\bconseil\s+syndical\b", RegexOptions.Compiled), "conseil syndical", MemberKinds.Syndicat),
        (new Regex(@"\bconseil\s+(?:departemental|general)\b|\bcommission\s+permanente\b", RegexOptions.Compiled), "conseil départemental", MemberKinds.Departement),
        (new Regex(@"\bconseil\s+regional\b", RegexOptions.Compiled), "conseil régional", MemberKinds.Region),
        (new Regex(@"\bconseil\s+d'administration\b", RegexOptions.Compiled), "conseil d'administration", MemberKinds.Etablissement),
    ];

    public static (string? Body, string? Kind) Body(DeliberationText text)
    {
        var f = text.Folded;
        var best = (Name: (string?)null, Kind: (string?)null, Count: 0, First: int.MaxValue);
        foreach (var (pattern, name, kind) in Bodies)
        {
            var matches = pattern.Matches(f).Where(m => !CitedOnly(f, m.Index)).ToList();
            if (matches.Count == 0) continue;
            if (matches.Count > best.Count || (matches.Count == best.Count && matches[0].Index < best.First))
            {
                best = (name, kind, matches.Count, matches[0].Index);
            }
        }
        return (best.Name, best.Kind);
    }

    /// <summary>"Vu la délibération du conseil communautaire …" cites another body.</summary>
    private static bool CitedOnly(string folded, int index)
    {
        var before = folded[Math.Max(0, index - 40)..index];
        return CitedBefore().IsMatch(before);
    }

    public static string? Authority(DeliberationText text)
    {
        var f = text.Folded;
        // "Département de la Mayenne / Commune de X": the commune is the authority, the département its location.
        var heads = AuthorityHead().Matches(f).OrderBy(m => m.Value.Contains("departement", StringComparison.Ordinal)
            || m.Value.Contains("region", StringComparison.Ordinal) ? 1 : 0).ThenBy(m => m.Index);
        foreach (var m in heads)
        {
            var (_, lineEnd) = text.LineAt(m.Index);
            var raw = text.OriginalSlice(m.Index, lineEnd);
            var cut = Terminator().Match(raw);
            var name = FrenchText.Squeeze(cut.Success ? raw[..cut.Index] : raw).Trim(' ', '-', ',', ':');
            if (name.Length < 6 || name.Length > 120) continue;
            return FrenchText.TitleCaseIfShouting(name);
        }
        return null;
    }

    [GeneratedRegex(@"(?:deliberations?|decisions?|avis|vu)\s+(?:n\s*[°o.]\s*\S+\s+)?(?:du|de\s+la|de\s+l')\s*$|\bvu\b[^\n]{0,30}$")]
    private static partial Regex CitedBefore();

    [GeneratedRegex(@"(?m)^[ \t]*(?:(?:extrait\s+du\s+registre[^\n]*?\s)?)(?:(?:commune|ville|mairie)\s+(?:de|d'|du|des)\s*\S|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b|metropole\b|(?:[a-z\-']+\s+){1,3}metropole\b|syndicat\b|sivom\b|sivu\b|departement\s+(?:de|du|des|d')|conseil\s+departemental\s+(?:de|du|des|d')|region\b|collectivite\s+(?:europeenne|territoriale|de\s+corse))")]
    private static partial Regex AuthorityHead();

    [GeneratedRegex(@"\s[—–\-]\s|\t|[,(;|]|\s{3,}|\s+(?:conseil|seance|proces-verbal|extrait)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();
}
