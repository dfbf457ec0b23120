using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>The deliberating body ("conseil municipal" …) and the authority's name ("Commune de X" …).</summary>
internal static partial class BodyParser
{
    private static readonly (Regex Pattern, string Name, string Kind)[] Bodies =
    [
        (new Regex(@"\bconseil\s+municipal\b", RegexOptions.Compiled), "conseil municipal", MemberKinds.Commune),
        (new Regex(@"\bbureau\s+(?:communautaire|de\s+(?:la\s+)?communaute)\b", RegexOptions.Compiled), "bureau communautaire", MemberKinds.Epci),
        (new Regex(@"\bbureau\s+(?:metropolitain|de\s+(?:la\s+)?metropole)\b", RegexOptions.Compiled), "bureau métropolitain", MemberKinds.Epci),
        (new Regex(@"\bbureau\s+syndical\b", RegexOptions.Compiled), "bureau syndical", MemberKinds.Syndicat),
        (new Regex(@"\bconseil\s+communautaire\b|\bconseil\s+de\s+(?:la\s+)?communaute\b", RegexOptions.Compiled), "conseil communautaire", MemberKinds.Epci),
        (new Regex(@"\bconseil\s+(?:metropolitain|de\s+(?:la\s+)?metropole)\b", RegexOptions.Compiled), "conseil métropolitain", MemberKinds.Epci),
        (new Regex(@"\bcomite\s+syndical\b", RegexOptions.Compiled), "comité syndical", MemberKinds.Syndicat),
        (new Regex(@"\bconseil\s+syndical\b", RegexOptions.Compiled), "conseil syndical", MemberKinds.Syndicat),
        (new Regex(@"\bcommission\s+permanente\b", RegexOptions.Compiled), "commission permanente", MemberKinds.Departement),
        (new Regex(@"\bconseil\s+(?:departemental|general)\b", RegexOptions.Compiled), "conseil départemental", MemberKinds.Departement),
        (new Regex(@"\bconseil\s+regional\b|\bassemblee\s+regionale\b", RegexOptions.Compiled), "conseil régional", MemberKinds.Region),
        (new Regex(@"\bconseil\s+d'administration\b", RegexOptions.Compiled), "conseil d'administration", MemberKinds.Etablissement),
    ];

    /// <summary>The body that decides: the one named with a decision ("La commission permanente, après en avoir
    /// délibéré", "Séance du bureau communautaire"), else the one named most often; bodies only cited do not count.</summary>
    public static Hit<(string Body, string Kind)>? Body(DeliberationText text)
    {
        var f = text.Folded;
        Hit<(string, string)>? best = null;
        var bestScore = (Deciding: false, Count: 0, First: int.MaxValue);
        foreach (var (pattern, name, kind) in Bodies)
        {
            var matches = pattern.Matches(f).Where(m => !CitedOnly(text, m.Index)).ToList();
            if (matches.Count == 0) continue;
            var deciding = matches.FirstOrDefault(m => Deciding(f, m));
            var first = deciding ?? matches[0];
            var score = (Deciding: deciding is not null, matches.Count, First: first.Index);
            var better = score.Deciding != bestScore.Deciding ? score.Deciding
                : score.Deciding ? score.First < bestScore.First
                : score.Count > bestScore.Count || (score.Count == bestScore.Count && score.First < bestScore.First);
            if (!better) continue;
            bestScore = score;
            var bodyKind = name == "commission permanente" && IsRegional(f) ? MemberKinds.Region : kind;
            best = new Hit<(string, string)>((name, bodyKind), new Span(first.Index, first.Index + first.Length));
        }
        return best;
    }

    private static bool IsRegional(string folded) =>
        Regex.IsMatch(folded, @"\bconseil\s+regional\b|^\s*region\b", RegexOptions.Multiline)
        && !Regex.IsMatch(folded, @"\bconseil\s+(?:departemental|general)\b|^\s*departement\b", RegexOptions.Multiline);

    private static bool Deciding(string folded, Match m)
    {
        var after = folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 90)];
        var before = folded[Math.Max(0, m.Index - 60)..m.Index];
        return DecidingAfter().IsMatch(after) || DecidingBefore().IsMatch(before);
    }

    /// <summary>"Vu la délibération du conseil communautaire …" cites another body.</summary>
    private static bool CitedOnly(DeliberationText text, int index)
    {
        var before = text.Folded[Math.Max(0, index - 40)..index];
        return CitedBefore().IsMatch(before) || OwnedBy().IsMatch(before) || text.IsCited(index);
    }

    public static Hit<string>? Authority(DeliberationText text)
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
            var at = m.Index + (m.Length - m.Value.TrimStart().Length);
            return new Hit<string>(FrenchText.TitleCaseIfShouting(name), new Span(at, Math.Min(lineEnd, at + name.Length + 4)));
        }
        // "… le conseil municipal de la commune de Soulaines-sur-Aubance, convoqué …": named inside the opening sentence.
        if (InSentence().Match(f) is { Success: true } named)
        {
            var g = named.Groups["name"];
            var raw = text.OriginalSlice(g.Index, g.Index + g.Length);
            var cut = Terminator().Match(raw);
            var name = FrenchText.Squeeze(cut.Success ? raw[..cut.Index] : raw).Trim(' ', '-', ',', ':', '.');
            if (name.Length >= 2 && char.IsUpper(name[0]))
            {
                var kind = text.OriginalSlice(named.Groups["kind"].Index, named.Groups["kind"].Index + named.Groups["kind"].Length);
                var label = char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant();
                var joiner = text.Folded.Substring(named.Groups["of"].Index, named.Groups["of"].Length).Trim();
                return new Hit<string>($"{label} {(joiner == "d'" ? "d'" + name : joiner + " " + name)}",
                    new Span(named.Groups["kind"].Index, g.Index + g.Length));
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:conseil\s+municipal|maire)\s+de\s+la\s+(?<kind>commune|ville)\s+(?<of>de\s+|d')(?<name>[^\n,;(]{2,60})")]
    private static partial Regex InSentence();

    [GeneratedRegex(@"^[^\n.;]{0,80}?(?:,\s*|\s)(?:apres\s+en\s+avoir\s+delibere|(?:regulierement\s+|dument\s+|legalement\s+)?convoquee?s?\b[^.]{0,60}\breuni|s'est\s+reunie?|reunie?\s+(?:le|en)|decide|approuve|adopte|autorise|delibere|prend\s+acte)|^\s*(?:du|de\s+la|de\s+l')?\s*(?:seance|reunion|session)\b|^[ \t]*(?:[-—–:,]\s*)?(?:seance|reunion|session)\s+(?:du|le)\b")]
    private static partial Regex DecidingAfter();

    [GeneratedRegex(@"(?:registre\s+des\s+deliberations|extrait\s+des\s+deliberations|proces-verbal|deliberations?|seance|reunion|session)\s+(?:du|de\s+la|de\s+l')\s*$")]
    private static partial Regex DecidingBefore();

    /// <summary>"La commission permanente du conseil départemental", "le bureau du conseil communautaire": the organ named is the first.</summary>
    [GeneratedRegex(@"(?:commission\s+permanente|bureau)\s+(?:du|de\s+la|de\s+l')\s*$")]
    private static partial Regex OwnedBy();

    [GeneratedRegex(@"(?<!(?:registre|extrait)\s+des\s+)(?:deliberations?|decisions?|avis|vu)\s+(?:n\s*[°o.]\s*\S+\s+)?(?:du|de\s+la|de\s+l')\s*$|\bvu\b[^\n]{0,30}$")]
    private static partial Regex CitedBefore();

    [GeneratedRegex(@"(?m)^[ \t]*(?:(?:extrait\s+du\s+registre[^\n]*?\s)?)(?:(?:commune|ville|mairie)\s+(?:de|d'|du|des)\s*\S|communaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b|metropole\b|(?:[a-z\-']+\s+){1,3}metropole\b|syndicat\b|sivom\b|sivu\b|departement\s+(?:de|du|des|d')|conseil\s+departemental\s+(?:de|du|des|d')|region\b|collectivite\s+(?:europeenne|territoriale|de\s+corse))")]
    private static partial Regex AuthorityHead();

    [GeneratedRegex(@"\s[—–\-]\s|\t|[,(;|]|\s{3,}|\s+(?:conseil|seance|proces-verbal|extrait)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();
}
