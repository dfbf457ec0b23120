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

    public static bool Concerns(DeliberationText text, string? groupementName, IReadOnlyList<string> keywords)
    {
        var f = text.Folded;
        var generic = Generic().IsMatch(f);
        var phrases = keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => FrenchText.Fold(k.Trim())).ToList();
        var keywordHit = phrases.Any(k => ContainsWord(f, k));
        var nameWords = groupementName is null ? [] : Words().Matches(FrenchText.Fold(groupementName))
            .Select(m => m.Value).Where(w => !Stopwords.Contains(w) && (w.Length >= 3 || w.Any(char.IsAsciiDigit))).Distinct().ToList();
        var nameHit = nameWords.Count > 0 && nameWords.Count(w => ContainsWord(f, w)) * 2 >= nameWords.Count;
        if (phrases.Count == 0 && nameWords.Count == 0) return generic;
        return (generic || keywordHit) && (keywordHit || nameHit);
    }

    private static bool ContainsWord(string folded, string phrase) =>
        Regex.IsMatch(folded, @"(?<![a-z0-9])" + Regex.Escape(phrase).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + "(?![a-z0-9])");

    [GeneratedRegex(@"\bgroupements?\s+(?:de\s+commandes?|d'achats?|d'acheteurs)\b|\bcentrale\s+d'achats?\b|\bconvention\s+constitutive\b")]
    private static partial Regex Generic();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();
}
