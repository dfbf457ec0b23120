using System.Text.RegularExpressions;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>Counts laid out as a table: a row of labels, then a row of figures in the same order.</summary>
internal static partial class TableReader
{
    private static readonly string[] Keys = ["afferents", "exercice", "presents", "pouvoirs", "votants", "exprimes", "pour", "contre", "abstentions", "blancs", "nuls"];

    public static Dictionary<string, Hit<int>> Read(string folded)
    {
        var result = new Dictionary<string, Hit<int>>();
        var lines = folded.Split('\n');
        var offsets = new int[lines.Length];
        for (var i = 1; i < lines.Length; i++) offsets[i] = offsets[i - 1] + lines[i - 1].Length + 1;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (lines[i].Any(char.IsAsciiDigit)) continue;
            var labels = Label().Matches(lines[i]).Select(m => (Key: Keys.First(k => m.Groups[k].Success), m.Index)).ToList();
            if (labels.Count < 2) continue;
            // The figures follow, maybe after a blank line or the wrapped end of the labels ("à la délibération").
            var next = i + 1;
            while (next < lines.Length && next <= i + 2 && !FiguresOnly().IsMatch(lines[next]) && !lines[next].Any(char.IsAsciiDigit)) next++;
            if (next >= lines.Length || !FiguresOnly().IsMatch(lines[next])) continue;
            var figures = Figure().Matches(lines[next]).ToList();
            if (figures.Count != labels.Count) continue;
            for (var k = 0; k < labels.Count; k++)
            {
                var value = int.Parse(figures[k].Value, System.Globalization.CultureInfo.InvariantCulture);
                var at = new Span(offsets[i] + labels[k].Index, offsets[next] + figures[k].Index + figures[k].Length);
                // "Afférents au conseil" is the seats, not the members in office: it keeps the columns aligned only.
                if (labels[k].Key != "afferents") result.TryAdd(labels[k].Key, new Hit<int>(value, at));
            }
        }
        return result;
    }

    [GeneratedRegex(@"(?<afferents>\bafferents\b)|(?<exercice>\ben\s+exercice\b)|(?<presents>(?<!\bou\s)\bpresent(?:e|s|es)?\b(?!\s+ou\b))|(?<pouvoirs>\bpouvoirs?\b|\bprocurations?\b|\bdelegations?\s+de\s+vote\b|(?<!\bou\s)\brepresentes?\b)|(?<votants>\bvotants\b|\b(?:ayant|qui\s+ont)\s+pris\s+part\b)|(?<exprimes>\bexprimes\b)|(?<pour>\bpour\b)|(?<contre>\bcontre\b)|(?<abstentions>\babstentions?\b)|(?<blancs>\bblancs?\b)|(?<nuls>\bnuls?\b)")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[\s|;:]*\d{1,4}(?:[\s|;:]+\d{1,4})*[\s|;:]*$")]
    private static partial Regex FiguresOnly();

    [GeneratedRegex(@"\d{1,4}")]
    private static partial Regex Figure();
}
