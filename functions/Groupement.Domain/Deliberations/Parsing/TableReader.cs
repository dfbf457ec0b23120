using System.Text.RegularExpressions;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>Counts laid out as a table: a row of labels, then a row of figures in the same order.</summary>
internal static partial class TableReader
{
    private static readonly string[] Keys = ["exercice", "presents", "pouvoirs", "votants", "exprimes", "pour", "contre", "abstentions"];

    public static Dictionary<string, int> Read(string folded)
    {
        var result = new Dictionary<string, int>();
        var lines = folded.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (lines[i].Any(char.IsAsciiDigit)) continue;
            var labels = Label().Matches(lines[i])
                .Select(m => Keys.First(k => m.Groups[k].Success))
                .ToList();
            if (labels.Count < 2) continue;
            var next = i + 1;
            while (next < lines.Length && string.IsNullOrWhiteSpace(lines[next])) next++;
            if (next >= lines.Length || !FiguresOnly().IsMatch(lines[next])) continue;
            var figures = Figure().Matches(lines[next]).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (figures.Count != labels.Count) continue;
            for (var k = 0; k < labels.Count; k++)
            {
                result.TryAdd(labels[k], figures[k]);
            }
        }
        return result;
    }

    [GeneratedRegex(@"(?<exercice>\ben\s+exercice\b|\bafferents\b)|(?<presents>(?<!\bou\s)\bpresent(?:e|s|es)?\b(?!\s+ou\b))|(?<pouvoirs>\bpouvoirs?\b|\bprocurations?\b|(?<!\bou\s)\brepresentes?\b)|(?<votants>\bvotants\b)|(?<exprimes>\bexprimes\b)|(?<pour>\bpour\b)|(?<contre>\bcontre\b)|(?<abstentions>\babstentions?\b)")]
    private static partial Regex Label();

    [GeneratedRegex(@"^[\s|;:]*\d{1,4}(?:[\s|;:]+\d{1,4})*[\s|;:]*$")]
    private static partial Regex FiguresOnly();

    [GeneratedRegex(@"\d{1,4}")]
    private static partial Regex Figure();
}
