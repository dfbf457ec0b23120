using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>Does the act concern the groupement? Its name's significant words and the caller's keywords, against the text.</summary>
internal static partial class GroupementMatcher
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "groupement", "groupements", "commande", "commandes", "pour", "les", "des", "del", "une", "aux", "sur", "par", "avec",
        "dans", "du", "de", "la", "le", "et", "en", "au", "un", "ou", "convention", "adhesion", "achat", "achats",
    };

    /// <summary>Whether the text concerns the groupement, and where (the keyword, else the generic mention).</summary>
    public static (bool Concerns, Span? At) Concerns(DeliberationText text, string? groupementName, IReadOnlyList<string> keywords)
    {
        var (concerns, at, _) = Score(text.Folded, groupementName, keywords);
        return (concerns, concerns ? at : null);
    }

    /// <summary>How strongly a part of the text is about the groupement: keyword and name hits, generic mentions.</summary>
    public static (bool Concerns, Span? At, int Strength) Score(string f, string? groupementName, IReadOnlyList<string> keywords)
    {
        var genericMatch = Generic().Match(f);
        var generic = genericMatch.Success;
        var phrases = keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => FrenchText.Fold(k.Trim())).ToList();
        var keywordMatches = phrases.Select(k => Find(f, k)).Where(m => m is not null).Select(m => m!).ToList();
        var keywordHit = keywordMatches.Count > 0;
        var nameWords = groupementName is null ? [] : Words().Matches(FrenchText.Fold(groupementName))
            .Select(m => m.Value).Where(w => !Stopwords.Contains(w) && (w.Length >= 3 || w.Any(char.IsAsciiDigit))).Distinct().ToList();
        var nameHits = nameWords.Count(w => Find(f, w) is not null);
        var nameHit = nameWords.Count > 0 && nameHits * 2 >= nameWords.Count;
        var first = keywordMatches.OrderBy(m => m.Index).FirstOrDefault() ?? (generic ? genericMatch : null);
        Span? at = first is null ? null : new Span(first.Index, first.Index + first.Length);
        var strength = keywordMatches.Count * 4 + nameHits * 2 + (generic ? 1 : 0);
        if (phrases.Count == 0 && nameWords.Count == 0) return (generic, at, strength);
        return ((generic || keywordHit) && (keywordHit || nameHit), at, strength);
    }

    private static Match? Find(string folded, string phrase)
    {
        var m = Regex.Match(folded, @"(?<![a-z0-9])" + Regex.Escape(phrase).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + "(?![a-z0-9])");
        return m.Success ? m : null;
    }

    [GeneratedRegex(@"\bgroupements?\s+(?:de\s+commandes?|d'achats?|d'acheteurs)\b|\bcentrale\s+d'achats?\b|\bconvention\s+constitutive\b")]
    private static partial Regex Generic();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();
}
