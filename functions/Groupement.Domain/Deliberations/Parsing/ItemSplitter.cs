using System.Text.RegularExpressions;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>The part of a registry page or file holding several délibérations that this analysis reads.</summary>
internal sealed record ItemSelection(IReadOnlyList<Span> Headers, Span Item, int Items);

/// <summary>Splits a page holding several délibérations at their headings ("Délibération n° …", "Objet : …",
/// "Point n° …") and picks the one about the groupement; the session header before the first heading is kept.</summary>
internal static partial class ItemSplitter
{
    public static ItemSelection? Select(DeliberationText text, string? groupementName, IReadOnlyList<string> keywords)
    {
        var outer = Select(text, groupementName, keywords, new Span(0, text.Folded.Length), null);
        if (outer is null) return null;
        // A file of whole acts may hold a registry page of several items: split the chosen act once more.
        var inner = Select(text, groupementName, keywords, outer.Value.Selection.Item, outer.Value.Kind);
        return inner is null ? outer.Value.Selection
            : inner.Value.Selection with { Headers = [.. outer.Value.Selection.Headers, .. inner.Value.Selection.Headers], Items = outer.Value.Selection.Items + inner.Value.Selection.Items - 1 };
    }

    private static (ItemSelection Selection, string Kind)? Select(DeliberationText text, string? groupementName, IReadOnlyList<string> keywords, Span within, string? outerKind)
    {
        var f = text.Folded;
        var headings = Heading().Matches(f[..within.End], within.Start).Where(m => Kind(m) != outerKind).ToList();
        // The outer heading kind: the one met first among those that recur.
        var kinds = headings.GroupBy(Kind).Where(g => g.Count() >= 2).OrderBy(g => g.First().Index).ToList();
        foreach (var kind in kinds)
        {
            var starts = kind.Select(m => Math.Max(within.Start, PageStartIfOnlyTamponBefore(text, text.LineAt(m.Index).Start))).Distinct().ToList();
            // Only a tampon above the first act: it is that act's, not a session header shared by all.
            if (starts[0] > within.Start && f[within.Start..starts[0]].Split('\n').All(l => string.IsNullOrWhiteSpace(l) || TamponLine().IsMatch(l))) starts[0] = within.Start;
            var items = starts.Select((s, i) => new Span(s, i + 1 < starts.Count ? starts[i + 1] : within.End)).ToList();
            var decision = kind.Key == "extrait" ? StrictDecision() : Decision();
            if (items.Count(i => decision.IsMatch(f[i.Start..i.End])) < 2) continue;
            var scored = items.Select(i => (Item: i, Score: GroupementMatcher.Score(f[i.Start..i.End], groupementName, keywords)))
                .Where(s => s.Score.Concerns).OrderByDescending(s => s.Score.Strength).ThenBy(s => s.Item.Start).ToList();
            // None is about the groupement: read the first item alone rather than mix the votes of all.
            var chosen = scored.Count > 0 ? scored[0].Item : items[0];
            return (new ItemSelection([new Span(within.Start, items[0].Start)], chosen, items.Count), kind.Key);
        }
        return null;
    }

    private static string Kind(Match m) =>
        m.Groups["extrait"].Success ? "extrait" : m.Groups["delib"].Success ? "delib" : m.Groups["objet"].Success ? "objet"
        : m.Groups["point"].Success ? "point" : "numero";

    /// <summary>A file of whole acts, one a page: the tampon printed above an act's heading belongs to that act.</summary>
    private static int PageStartIfOnlyTamponBefore(DeliberationText text, int start)
    {
        // Folding turns the form feed into a space: look for it in the original.
        var feed = start == 0 ? -1 : text.Original.LastIndexOf('\f', start - 1);
        if (feed < 0) return start;
        var before = text.Folded[feed..start];
        return StrictDecision().IsMatch(before) || Decision().IsMatch(before) ? start : feed + 1;
    }

    [GeneratedRegex(@"^[ \t]*(?:(?<extrait>extrait\s+du\s+(?:registre|proces-verbal)\b)|(?<delib>(?:extrait\s+de\s+la\s+)?deliberation\s+(?:(?:n\s*[°o.]|numero)\s*\S+|\d{2,4}[-_/.]\d{1,4}\b)|(?:dcm|dcc|dc|del|delib|dbc|dcp|cp|d)\s*[-_ ]?\s*(?:n\s*[°o]\s*)?\d{2,4}[-_/.]\d{1,4}\b)|(?<objet>objet(?:\s+de\s+la\s+deliberation)?\s*:)|(?<point>(?:point|affaire|question|rapport)\s+(?:n\s*[°o]\s*)?(?:[a-z]{1,4}[-_ ]?)?\d{1,4}(?:[-_/.]\d{1,4})*\b)|(?<numero>n\s*[°o]\s*\d{1,4}(?:[-_/.]\d{1,4})*\s*[-—–:)]|\d{4}[-_/]\d{1,4}\s*[-—–:]\s|\d{4}[-_/.]\d{1,4}(?![-_/.]\d)[ \t]+[a-z]))", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:envoye|recu|publie|affiche|id\s*:|accuse|transmis|teletransmis|certifie|reception|date\s+de\s+(?:reception|teletransmission|publication|mise\s+en\s+ligne)|publication|affichage|\d{3}-\d{9}-)")]
    private static partial Regex TamponLine();

    [GeneratedRegex(@"\bapres\s+en\s+avoir\s+(?:delibere|debattu)\b|\bdelibere\s+et\s+decide\b")]
    private static partial Regex StrictDecision();

    [GeneratedRegex(@"\bapres\s+en\s+avoir\s+delibere\b|\bdecide\b|\badopte\b|\bapprouve\b|\bautorise\b|\bemet\s+un\s+avis\b")]
    private static partial Regex Decision();
}
