using System.Text.RegularExpressions;
using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations.Parsing;

/// <summary>A span of the text (start inclusive, end exclusive), in positions of <see cref="DeliberationText.Original"/>.</summary>
internal readonly record struct Span(int Start, int End);

/// <summary>A value read from the text and where it was read.</summary>
internal readonly record struct Hit<T>(T Value, Span At);

/// <summary>The text in its original and folded forms (same length), with its dates found once.
/// A masked view (<see cref="Keep"/>) blanks out other délibérations of the same page but keeps every position.</summary>
internal sealed partial class DeliberationText
{
    private readonly int[] lineStarts;

    public DeliberationText(string original) : this(original.Replace("\r\n", "\n", StringComparison.Ordinal), null)
    {
    }

    private DeliberationText(string original, string? folded)
    {
        Original = original;
        Folded = folded ?? FrenchText.Fold(Original);
        var firstPass = FrenchDates.FindAll(Folded, defaultYear: null);
        // Dates written without a year ("lundi 2 février") take the document's year: that of its full dates, else a year it names.
        DefaultYear = firstPass.GroupBy(d => d.Date.Year).OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault()
            ?? Regex.Matches(Folded, @"(?<![\d/.\-])20\d\d(?![\d/.\-]\d)")
                .GroupBy(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
                .OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();
        Dates = FrenchDates.FindAll(Folded, DefaultYear);
        var starts = new List<int> { 0 };
        for (var i = 0; i < Original.Length; i++)
        {
            if (Original[i] == '\n') starts.Add(i + 1);
        }
        lineStarts = [.. starts];
    }

    public string Original { get; }
    public string Folded { get; }
    public int? DefaultYear { get; }
    public IReadOnlyList<DateMatch> Dates { get; }

    /// <summary>The same document with everything outside <paramref name="kept"/> blanked (line breaks and form feeds kept).</summary>
    public DeliberationText Keep(IReadOnlyList<Span> kept)
    {
        var chars = Folded.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n' || kept.Any(s => s.Start <= i && i < s.End)) continue;
            // Not a space: a blanked part must not read as a separator, and regexes do not scan across it.
            chars[i] = '\0';
        }
        return new DeliberationText(Original, new string(chars));
    }

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

    /// <summary>Is the text at <paramref name="position"/> cited rather than stated: a "Vu …" line, an earlier
    /// délibération, a delegation, a law, the sitting that failed for want of a quorum?</summary>
    public bool IsCited(int position)
    {
        if (position <= 0) return false;
        var lineStart = LogicalLineStart(position);
        if (VisaLine().IsMatch(Folded[lineStart..position])) return true;
        var boundary = Folded.LastIndexOfAny(['.', ';', ','], position - 1) + 1;
        var clauseStart = Math.Max(lineStart, Math.Max(position - 160, boundary));
        return CitedClause().IsMatch(Folded[clauseStart..position].Replace('\n', ' '));
    }

    /// <summary><see cref="IsCited(int)"/>, or the date is followed in its sentence by a delegation it granted
    /// ("Le conseil, dans sa séance du 15 juillet 2020, a délégué au bureau …").</summary>
    public bool IsCited(DateMatch date)
    {
        if (IsCited(date.Start)) return true;
        var end = Folded.IndexOfAny(['.', ';', '\n'], date.End);
        var rest = Folded[date.End..(end < 0 ? Math.Min(Folded.Length, date.End + 200) : Math.Min(end, date.End + 200))];
        return DelegationGranted().IsMatch(rest);
    }

    /// <summary>Start of the sentence line holding <paramref name="position"/>: a PDF wraps long lines, so a line
    /// that goes on in lower case continues the previous one unless that one ended a sentence.</summary>
    public int LogicalLineStart(int position)
    {
        var (start, _) = LineAt(position);
        for (var hops = 0; hops < 3 && start > 1; hops++)
        {
            var at = start;
            while (at < Original.Length && Original[at] is ' ' or '\t') at++;
            var first = at < Original.Length ? Original[at] : '\0';
            if (!(char.IsLower(first) || char.IsAsciiDigit(first))) break;
            var (previousStart, previousEnd) = LineAt(start - 1);
            var previous = Folded[previousStart..previousEnd].TrimEnd();
            if (previous.Length == 0 || previous[^1] is '.' or ';' or ':' or '!' or '?') break;
            start = previousStart;
        }
        return start;
    }

    /// <summary>Page, line within the page, and the passage around <paramref name="span"/>.</summary>
    public Evidence EvidenceAt(Span span)
    {
        var start = Math.Clamp(span.Start, 0, Original.Length);
        var end = Math.Clamp(span.End, start, Original.Length);
        var page = 1;
        var pageStart = 0;
        for (var i = 0; i < start; i++)
        {
            if (Original[i] != '\f') continue;
            page++;
            pageStart = i + 1 < Original.Length && Original[i + 1] == '\n' ? i + 2 : i + 1;
        }
        var lineIndex = LineIndex(start);
        var pageLineIndex = LineIndex(Math.Min(pageStart, Original.Length));
        var line = lineIndex - pageLineIndex + 1;
        return new Evidence(page, line, Quote(start, end));
    }

    public Evidence? EvidenceAt(Span? span) => span is { } s ? EvidenceAt(s) : null;

    private int LineIndex(int position)
    {
        var i = Array.BinarySearch(lineStarts, position);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The matched words with a few words either side, kept within their lines, whitespace squeezed.</summary>
    private string Quote(int start, int end)
    {
        const int Context = 36;
        const int Longest = 180;
        var lineStart = lineStarts[LineIndex(start)];
        var lastLine = LineIndex(Math.Max(start, end - 1));
        var lineEnd = lastLine + 1 < lineStarts.Length ? lineStarts[lastLine + 1] - 1 : Original.Length;
        // A form feed inside a line ends a page: the quote stays on the page of the fact.
        var feedBefore = start == 0 ? -1 : Original.LastIndexOf('\f', start - 1);
        if (feedBefore >= lineStart) lineStart = feedBefore + 1;
        var feedAfter = Original.IndexOf('\f', end);
        if (feedAfter >= 0 && feedAfter < lineEnd) lineEnd = feedAfter;
        var from = Math.Max(lineStart, start - Context);
        while (from > lineStart && !char.IsWhiteSpace(Original[from - 1])) from--;
        var to = Math.Min(lineEnd, end + Context);
        while (to < lineEnd && !char.IsWhiteSpace(Original[to])) to++;
        var quote = FrenchText.Squeeze(Original[from..to].Replace('\f', ' '));
        if (quote.Length > Longest) quote = quote[..Longest].TrimEnd() + "…";
        return quote;
    }

    [GeneratedRegex(@"\b(?:a|avait|ont|avaient)\s+(?:delegue|donne\s+delegation|confie|accorde\s+delegation)\b|\b(?:portant|donnant|accordant|conferant)\s+delegations?\b")]
    private static partial Regex DelegationGranted();

    [GeneratedRegex(@"^[\s\-•*]*(?:vu|considerant|rappel|rappelant|attendu)\b")]
    private static partial Regex VisaLine();

    [GeneratedRegex(@"\bvu\b|\bconsiderant\b|\bpar\s+(?:sa\s+|une\s+|la\s+)?deliberation\b|\(\s*deliberation\b|\b(?:par|sur)\s+delegation\b|\bdelegations?\s+(?:du\s+conseil|d'attributions?|de\s+pouvoirs?|de\s+competences?|accordee?s?|consentie?s?|donnee?s?)\b|\bportant\s+delegation\b|\ben\s+vertu\b|\bconformement\b|\ben\s+application\s+de\s+la\s+deliberation\b|\blors\s+de\s+(?:la|sa|leur)\s+(?:premiere|precedente|derniere)\s+(?:seance|reunion|session)\b|\b(?:precedente|premiere|derniere)\s+(?:seance|reunion|session)\b|\b(?:loi|decret|ordonnance|arrete|circulaire|code|reglement)\b[^\n]{0,40}\b(?:du|en\s+date\s+du)\s*$|\bn'(?:a|ayant)\s+pu\s+(?:se\s+tenir|delibere)|\binitialement\s+prevue?\b|\bmodifiee?\s+(?:le|du)\b")]
    private static partial Regex CitedClause();
}
