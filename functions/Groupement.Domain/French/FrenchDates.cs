using System.Text.RegularExpressions;

namespace Groupement.Domain.French;

/// <summary>A date found in folded text, with its span.</summary>
public sealed record DateMatch(int Start, int End, DateOnly Date, bool YearInferred);

/// <summary>Finds French dates: "2 février 2026", "1er février", "02/02/2026", "2.02.2026", "lundi 2 février",
/// "le deux février deux mille vingt-six", "l'an deux mille vingt-six, le deux février".</summary>
public static partial class FrenchDates
{
    private static readonly string[] MonthStems =
        ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"];

    private const string Month =
        @"(?<month>janvier|janv\.?|fevrier|fevr\.?|fev\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|aout|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|decembre|dec\.?)";

    private const string Weekday = @"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

    /// <summary>Parses a string that is one date (after optional "le"); null otherwise.</summary>
    public static DateOnly? Parse(string text, int? defaultYear = null)
    {
        var folded = FrenchText.Fold(text).Trim();
        var all = FindAll(folded, defaultYear);
        return all.Count == 1 ? all[0].Date : null;
    }

    /// <summary>Every date in <paramref name="folded"/> (text from <see cref="FrenchText.Fold"/>), in order.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string folded, int? defaultYear)
    {
        var found = new List<DateMatch>();
        foreach (Match m in IsoDate().Matches(folded))
        {
            Add(found, m, int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), false);
        }
        foreach (Match m in NumericDate().Matches(folded))
        {
            var year = int.Parse(m.Groups["y"].Value);
            if (year < 100) year += 2000;
            Add(found, m, year, int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), false);
        }
        // Anchor on the month names (cheap), then read the day before and the year after.
        foreach (Match month in MonthName().Matches(folded))
        {
            // "dix sept mars": "sept" is the number, "mars" the month.
            if (month.Value == "sept" && FollowedByMonth().IsMatch(folded, month.Index + month.Length)) continue;
            var windowStart = Math.Max(0, month.Index - 70);
            var before = DayBefore().Match(folded[windowStart..month.Index]);
            if (!before.Success) continue;
            var day = ReadDay(before.Groups["day"].Value);
            if (day is null) continue;
            var start = windowStart + before.Index;
            var after = YearAfter().Match(folded, month.Index + month.Length);
            var year = after.Success ? ReadYear(after.Groups["year"].Value) : null;
            var end = year is not null ? after.Groups["year"].Index + after.Groups["year"].Length : month.Index + month.Length;
            var inferred = false;
            if (year is null)
            {
                year = YearBefore(folded, start);
                if (year is null)
                {
                    year = defaultYear;
                    inferred = true;
                }
            }
            if (year is null) continue;
            if (DateOnly.TryParseExact($"{year:0000}-{MonthNumber(month.Groups["month"].Value):00}-{day:00}", "yyyy-MM-dd", out var date)
                && !found.Any(f => f.Start < end && start < f.End))
            {
                found.Add(new DateMatch(start, end, date, inferred));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<DateMatch> found, Match m, int year, int month, int day, bool inferred)
    {
        if (year is < 1900 or > 2199 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return;
        if (found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End)) return;
        found.Add(new DateMatch(m.Index, m.Index + m.Length, new DateOnly(year, month, day), inferred));
    }

    private static int MonthNumber(string month)
    {
        var m = month.TrimEnd('.');
        if (m.StartsWith("fev", StringComparison.Ordinal)) return 2;
        for (var i = 0; i < MonthStems.Length; i++)
        {
            if (m.StartsWith(MonthStems[i], StringComparison.Ordinal) || MonthStems[i].StartsWith(m, StringComparison.Ordinal)) return i + 1;
        }
        return 0;
    }

    /// <summary>The day is the last number words before the month ("mille vingt-six, le deux" is not a day).</summary>
    private static int? ReadDay(string text)
    {
        var t = text.Trim();
        if (t is "1er" or "premier") return 1;
        if (t.All(char.IsAsciiDigit)) return int.Parse(t) is var d and >= 1 and <= 31 ? d : null;
        var tokens = FrenchNumbers.Tokens(t);
        if (FrenchNumbers.Parse(t) is int whole) return whole is >= 1 and <= 31 ? whole : null;
        // "deux mille vingt-six deux février": a year written just before the day.
        for (var skip = 1; skip < tokens.Count; skip++)
        {
            var head = FrenchNumbers.Parse(string.Join(' ', tokens.Take(skip)));
            var value = FrenchNumbers.Parse(string.Join(' ', tokens.Skip(skip)));
            if (head is >= 1900 and <= 2199 && value is >= 1 and <= 31) return value;
        }
        return null;
    }

    private static int? ReadYear(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        if (t.All(char.IsAsciiDigit)) return int.Parse(t);
        var tokens = FrenchNumbers.Tokens(t);
        var prefix = FrenchNumbers.ParseLongestPrefix(tokens);
        return prefix is { Value: >= 1900 and <= 2199 } p ? p.Value : null;
    }

    /// <summary>"L'an deux mille vingt-six, le vingt janvier": the year is written first.</summary>
    private static int? YearBefore(string folded, int position)
    {
        var from = Math.Max(0, position - 90);
        var window = folded[from..position];
        var m = YearFirst().Match(window);
        return m.Success ? ReadYear(m.Groups["year"].Value) : null;
    }

    [GeneratedRegex(@"\b(?<y>(?:19|20|21)\d\d)-(?<m>\d\d)-(?<d>\d\d)\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d\-])(?<d>\d{1,2}) ?[/.\-] ?(?<m>\d{1,2}) ?[/.\-] ?(?<y>\d{4}|\d{2})(?![\d\-])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\G\s+" + Month + @"(?![a-z])")]
    private static partial Regex FollowedByMonth();

    [GeneratedRegex(@"\b" + Month + @"(?![a-z])")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"(?:\b" + Weekday + @"\s+)?\b(?<day>\d{1,2}(?:er)?|premier|" + FrenchNumbers.PhrasePattern + @")(?:er)?\s+(?:du\s+mois\s+d'|du\s+mois\s+de\s+)?$")]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"\G\s*,?\s*(?<year>(?:19|20|21)\d\d\b|" + FrenchNumbers.PhrasePattern + ")")]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"l'an\s+(?:de\s+grace\s+)?(?<year>(?:19|20|21)\d\d|" + FrenchNumbers.PhrasePattern + ")")]
    private static partial Regex YearFirst();
}
