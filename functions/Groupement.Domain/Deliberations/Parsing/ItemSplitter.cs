using System.Text.RegularExpressions;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>The part of a registry page or file holding several délibérations that this analysis reads.</summary>
internal sealed record ItemSelection(Span Header, Span Item, int Items);

/// <summary>Splits a page holding several délibérations at their headings ("Délibération n° …", "Objet : …",
/// "Point n° …") and picks the one about the groupement; the session header before the first heading is kept.</summary>
internal static partial class ItemSplitter
{
    public static ItemSelection? Select(DeliberationText text, string? groupementName, IReadOnlyList<string> keywords)
    {
        var f = text.Folded;
        var headings = Heading().Matches(f).ToList();
        // The outer heading kind: the one met first among those that recur.
        var kinds = headings.GroupBy(Kind).Where(g => g.Count() >= 2).OrderBy(g => g.First().Index).ToList();
        foreach (var kind in kinds)
        {
            var starts = kind.Select(m => text.LineAt(m.Index).Start).Distinct().ToList();
            var items = starts.Select((s, i) => new Span(s, i + 1 < starts.Count ? starts[i + 1] : f.Length)).ToList();
            if (items.Count(i => Decision().IsMatch(f[i.Start..i.End])) < 2) continue;
            var scored = items.Select(i => (Item: i, Score: GroupementMatcher.Score(f[i.Start..i.End], groupementName, keywords)))
                .Where(s => s.Score.Concerns).OrderByDescending(s => s.Score.Strength).ThenBy(s => s.Item.Start).ToList();
            // None is about the groupement: read the first item alone rather than mix the votes of all.
            var chosen = scored.Count > 0 ? scored[0].Item : items[0];
            return new ItemSelection(new Span(0, items[0].Start), chosen, items.Count);
        }
        return null;
    }

    private static string Kind(Match m) =>
        m.Groups["delib"].Success ? "delib" : m.Groups["objet"].Success ? "objet" : m.Groups["point"].Success ? "point" : "numero";

    [GeneratedRegex(@"^[ \t]*(?:(?<delib>(?:extrait\s+de\s+la\s+)?deliberation\s+(?:(?:n\s*[°o.]|numero)\s*\S+|\d{2,4}[-_/.]\d{1,4}\b)|(?:dcm|dcc|dc|del|delib|dbc|dcp|cp)\s*[-_ ]?\s*(?:n\s*[°o]\s*)?\d{2,4}[-_/.]\d{1,4}\b)|(?<objet>objet\s*:)|(?<point>point\s+(?:n\s*[°o]\s*)?\d{1,3}\b)|(?<numero>n\s*[°o]\s*\d{1,4}(?:[-_/.]\d{1,4})*\s*[-—–:)]|\d{4}[-_/]\d{1,4}\s*[-—–:]\s))", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\bapres\s+en\s+avoir\s+delibere\b|\bdecide\b|\badopte\b|\bapprouve\b|\bautorise\b|\bemet\s+un\s+avis\b")]
    private static partial Regex Decision();
}
