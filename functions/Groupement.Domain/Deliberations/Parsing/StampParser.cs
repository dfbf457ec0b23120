using System.Text.RegularExpressions;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>The tampon: "Envoyé en préfecture le", "Reçu en préfecture le", "Affiché le", "Publié le", "ID : …",
/// the "Accusé de réception en préfecture … Date de réception préfecture" form and "Certifié exécutoire".</summary>
internal static partial class StampParser
{
    public static DeliberationStamp Parse(DeliberationText text)
    {
        var f = text.Folded;
        var certified = Certified().Match(f);
        var published = First(text, Published(), 40) ?? (certified.Success ? text.DateAfter(certified.Index, 160)?.Date : null);
        return new DeliberationStamp(First(text, Sent(), 40), First(text, Received(), 40), published, ActIdText(text))
        {
            CertifiedExecutory = certified.Success,
        };
    }

    private static DateOnly? First(DeliberationText text, Regex keyword, int maxGap)
    {
        foreach (Match m in keyword.Matches(text.Folded))
        {
            // "Date d'affichage de la convocation" dates the convocation, not the act.
            var (lineStart, lineEnd) = text.LineAt(m.Index);
            if (text.Folded[lineStart..lineEnd].Contains("convoc", StringComparison.Ordinal)) continue;
            var d = text.DateAfter(m.Index + m.Length, maxGap);
            if (d is not null) return d.Date;
        }
        return null;
    }

    private static string? ActIdText(DeliberationText text)
    {
        var labelled = Labelled().Match(text.Folded);
        if (labelled.Success)
        {
            var g = labelled.Groups["id"];
            return StripTypology(text.OriginalSlice(g.Index, g.Index + g.Length).TrimEnd('.', ',', ';', ')'));
        }
        var bare = Bare().Match(text.Folded);
        return bare.Success ? StripTypology(text.OriginalSlice(bare.Index, bare.Index + bare.Length)) : null;
    }

    /// <summary>"99_DE-044-…" carries the ACTES typology code before the identifier.</summary>
    private static string StripTypology(string id) =>
        TypologyPrefix().IsMatch(id) ? id[6..] : id;

    [GeneratedRegex(@"\b(?:envoye|transmis|teletransmis)e?\s+(?:en|a\s+la|au|a\s+la\s+sous-)\s*(?:sous-)?prefecture\s+(?:le|du)?\s*:?|\btransmis\s+au\s+controle\s+de\s+legalite\s+le\b|\bdepot\s+(?:en|a\s+la)\s+(?:sous-)?prefecture\s+le\b|\bdate\s+de\s+teletransmission\s*:?|\bdate\s+d'envoi\s+(?:en|a\s+la)\s+(?:sous-)?prefecture\s*:?")]
    private static partial Regex Sent();

    [GeneratedRegex(@"\brecue?\s+(?:en|a\s+la|par\s+la|a\s+la\s+sous-)\s*(?:sous-)?prefecture\s+(?:le|du)?\s*:?|\bdate\s+de\s+reception\s+(?:en\s+|a\s+la\s+)?(?:sous-)?prefecture\s*:?|\baccuse\s+de\s+reception\s+(?:en\s+)?prefecture\s+(?:le|du)\b")]
    private static partial Regex Received();

    [GeneratedRegex(@"\b(?:affichee?|publiee?|mise?\s+en\s+ligne)\b[^\n.]{0,40}?\b(?:le|du)\s*:?|\bdate\s+(?:de\s+(?:la\s+)?publication|d'affichage|de\s+mise\s+en\s+ligne)(?:\s+electronique)?\s*:?|\bpubli(?:cation|e)\s+electronique\s+le\b|\bpublication\s+(?:le|du)\s*:?")]
    private static partial Regex Published();

    [GeneratedRegex(@"\bcertifiee?\s+executoire\b|\brendue?\s+executoire\b")]
    private static partial Regex Certified();

    [GeneratedRegex(@"\bid\s*:\s*(?<id>[a-z0-9_\-]{6,60})")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![a-z0-9\-])(?:[a-z0-9_]{5}-)?[09][0-9][0-9ab]-[0-9]{9}-[0-9]{8}-[a-z0-9_]{1,15}-[a-z]{2}(?![a-z0-9])")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^[A-Z0-9_]{5}-[09][0-9][0-9AB]-")]
    private static partial Regex TypologyPrefix();
}
