using System.Text.RegularExpressions;

namespace Groupement.Domain.Deliberations.Parsing;

internal sealed record StampFacts(Hit<DateOnly>? SentOn, Hit<DateOnly>? ReceivedOn, Hit<DateOnly>? PublishedOn, Hit<string>? ActId, Span? Certified)
{
    public DeliberationStamp ToStamp() => new(SentOn?.Value, ReceivedOn?.Value, PublishedOn?.Value, ActId?.Value) { CertifiedExecutory = Certified is not null };
}

/// <summary>The tampons of the transmission services: S²LOW ("Envoyé en préfecture le", "Reçu en préfecture le",
/// "Publié le", "ID : …"), FAST ("Accusé de réception en préfecture", "Réception par le préfet", "Accusé certifié
/// exécutoire"), iXbus and e-legalite ("Date de télétransmission", "Date de réception de l'AR", "Identifiant de
/// l'acte"), and the mayor's "Certifié exécutoire" sentence.</summary>
internal static partial class StampParser
{
    public static StampFacts Parse(DeliberationText text)
    {
        var f = text.Folded;
        var certified = Certified().Match(f);
        var published = First(text, Published(), 40);
        if (published is null && certified.Success && text.DateAfter(certified.Index, 160) is { } d)
        {
            published = new Hit<DateOnly>(d.Date, new Span(certified.Index, d.End));
        }
        return new StampFacts(First(text, Sent(), 40), First(text, Received(), 40), published, ActIdText(text),
            certified.Success ? new Span(certified.Index, certified.Index + certified.Length) : null);
    }

    private static Hit<DateOnly>? First(DeliberationText text, Regex keyword, int maxGap)
    {
        foreach (Match m in keyword.Matches(text.Folded))
        {
            // "Date d'affichage de la convocation" dates the convocation, not the act.
            // A tampon printed beside the header shares its lines: only the cell (between tabs) counts.
            var (lineStart, lineEnd) = text.LineAt(m.Index);
            var cellStart = Math.Max(lineStart, text.Folded.LastIndexOf('\t', Math.Max(lineStart, m.Index - 1)) + 1);
            var cellEnd = text.Folded.IndexOf('\t', m.Index);
            if (cellEnd < 0 || cellEnd > lineEnd) cellEnd = lineEnd;
            if (text.Folded[cellStart..cellEnd].Contains("convoc", StringComparison.Ordinal)) continue;
            var d = text.DateAfter(m.Index + m.Length, maxGap);
            if (d is not null) return new Hit<DateOnly>(d.Date, new Span(m.Index, d.End));
        }
        return null;
    }

    private static Hit<string>? ActIdText(DeliberationText text)
    {
        var labelled = Labelled().Match(text.Folded);
        if (labelled.Success)
        {
            var g = labelled.Groups["id"];
            var id = StripTypology(text.OriginalSlice(g.Index, g.Index + g.Length).TrimEnd('.', ',', ';', ')'));
            return new Hit<string>(id, new Span(labelled.Index, g.Index + g.Length));
        }
        var bare = Bare().Match(text.Folded);
        return bare.Success
            ? new Hit<string>(StripTypology(text.OriginalSlice(bare.Index, bare.Index + bare.Length)), new Span(bare.Index, bare.Index + bare.Length))
            : null;
    }

    /// <summary>"99_DE-044-…" carries the ACTES typology code before the identifier.</summary>
    private static string StripTypology(string id) =>
        TypologyPrefix().IsMatch(id) ? id[6..] : id;

    [GeneratedRegex(@"\b(?:envoye|transmis|teletransmis)e?\s+(?:en|a\s+la|au|a\s+la\s+sous-)\s*(?:sous-)?prefecture\s+(?:le|du)?\s*:?|\b(?:transmis|teletransmis)e?\s+au\s+(?:controle\s+de\s+legalite|representant\s+de\s+l'etat|prefet)\s+le\b|\btransmission\s+(?:au\s+controle\s+de\s+legalite|en\s+(?:sous-)?prefecture|a\s+la\s+(?:sous-)?prefecture|au\s+representant\s+de\s+l'etat|au\s+prefet)\s+(?:le|du)\b|\bdepot\s+(?:en|a\s+la)\s+(?:sous-)?prefecture\s+le\b|\bdate\s+de\s+depot\s+(?:en|a\s+la)\s+(?:sous-)?prefecture\s*:?|\bdate\s+de\s+(?:la\s+)?teletransmission\s*:?|\bdate\s+d'envoi(?:\s+(?:en|a\s+la)\s+(?:sous-)?prefecture)?\s*:|\benvoi\s+(?:en|a\s+la)\s+(?:sous-)?prefecture\s+(?:le|du)?\s*:?|\bteletransmise?\s+le\b")]
    private static partial Regex Sent();

    [GeneratedRegex(@"\brecue?\s+(?:en|a\s+la|par\s+la|a\s+la\s+sous-)\s*(?:sous-)?prefecture\s+(?:le|du)?\s*:?|\bdate\s+de\s+reception\s+(?:en\s+|a\s+la\s+|par\s+la\s+)?(?:sous-)?prefecture\s*:?|\bdate\s+de\s+reception\s+(?:de\s+l')?(?:ar|accuse\s+de\s+reception)\s*:?|\bdate\s+(?:de\s+l')?ar\s*:|\bar\s+(?:recu|prefecture)\s+le\b|\breception\s+par\s+(?:le\s+prefet|la\s+prefecture|le\s+representant\s+de\s+l'etat)\s*:?(?:\s+le)?|\baccuse\s+de\s+reception\s+(?:en\s+)?prefecture\s+(?:le|du)\b|\baccuse\s+de\s+reception\s*:\s*(?:le|du)?|\bacquitte(?:ment)?\s+(?:le|du)\b")]
    private static partial Regex Received();

    [GeneratedRegex(@"\b(?:affichee?|publiee?|mise?\s+en\s+ligne)\b(?:[^\n]|\n(?!\n)){0,50}?\b(?:le|du)\s*:?|\bdate\s+(?:de\s+(?:la\s+)?publication|d'affichage|de\s+mise\s+en\s+ligne)(?:\s+electronique)?\s*:?|\bpubli(?:cation|e)\s+electronique\s+le\b|\bpublication\s+(?:le|du)\s*:?|^[ \t]*(?:publication|affichage|mise\s+en\s+ligne)\s*:|\b(?:publication|affichage)\s*:\s*(?=\d)")]
    private static partial Regex Published();

    [GeneratedRegex(@"\bcertifiee?\s+executoire\b|\brendue?\s+executoire\b|\baccuse\s+certifie\s+executoire\b|\bcaractere\s+executoire\b")]
    private static partial Regex Certified();

    [GeneratedRegex(@"\bid\s*:\s*(?<id>[a-z0-9_\-]{6,60})", RegexOptions.Multiline)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![a-z0-9\-])(?:[a-z0-9_]{5}-)?[09][0-9][0-9ab]-[0-9]{9}-[0-9]{8}-[a-z0-9_]{1,15}-[a-z]{2}(?![a-z0-9])")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^[A-Z0-9_]{5}-[09][0-9][0-9AB]-")]
    private static partial Regex TypologyPrefix();
}
