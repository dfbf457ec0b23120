using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>The text in its original and folded forms (same length), with its dates found once.</summary>
internal sealed class DeliberationText
{
    public DeliberationText(string original)
    {
        Original = original.Replace("\r\n", "\n", StringComparison.Ordinal);
        Folded = FrenchText.Fold(Original);
        var firstPass = FrenchDates.FindAll(Folded, defaultYear: null);
        // Dates written without a year ("lundi 2 février") take the document's year: that of its full dates, else a year it names.
        DefaultYear = firstPass.GroupBy(d => d.Date.Year).OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault()
            ?? System.Text.RegularExpressions.Regex.Matches(Folded, @"(?<![\d/.\-])20\d\d(?![\d/.\-]\d)")
                .GroupBy(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
                .OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();
        Dates = FrenchDates.FindAll(Folded, DefaultYear);
    }

    public string Original { get; }
    public string Folded { get; }
    public int? DefaultYear { get; }
    public IReadOnlyList<DateMatch> Dates { get; }

    /// <summary>The first date starting within <paramref name="maxGap"/> characters after <paramref name="position"/>.</summary>
    public DateMatch? DateAfter(int position, int maxGap, Func<string, bool>? gapIsAcceptable = null)
    {
        foreach (var d in Dates)
        {
            if (d.Start < position) continue;
            if (d.Start - position > maxGap) return null;
            return gapIsAcceptable is null || gapIsAcceptable(Folded[position..d.Start]) ? d : null;
        }
        return null;
    }

    public string OriginalSlice(int start, int end) => Original[start..end];

    /// <summary>Start and end of the line holding <paramref name="position"/>.</summary>
    public (int Start, int End) LineAt(int position)
    {
        var start = Folded.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (position == 0) start = 0;
        var end = Folded.IndexOf('\n', position);
        return (start, end < 0 ? Folded.Length : end);
    }
}
