using System.Text.RegularExpressions;

namespace Groupement.Domain.French;

/// <summary>French cardinal numbers in words, 0 to 999 999: both the traditional and the 1990 spelling.</summary>
public static partial class FrenchNumbers
{
    private static readonly string[] Units =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize",
    ];

    private static readonly string[] Tens = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"];

    /// <summary>A number word, on folded text (no accents, lower case).</summary>
    public const string WordPattern =
        "(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil)";

    /// <summary>A run of number words joined by spaces, hyphens or "et", on folded text.</summary>
    public const string PhrasePattern = @"\b" + WordPattern + @"(?:(?:[ \-]+et)?[ \-]+" + WordPattern + @")*\b";

    /// <summary>Writes n in words; <paramref name="reform1990"/> joins every part with hyphens.</summary>
    public static string ToWords(int n, bool reform1990 = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999_999);
        if (n == 0) return "zéro";
        var parts = new List<string>();
        var thousands = n / 1000;
        var rest = n % 1000;
        if (thousands > 0)
        {
            if (thousands > 1) parts.Add(Below1000(thousands, reform1990, pluralEnding: false));
            parts.Add("mille");
        }
        if (rest > 0) parts.Add(Below1000(rest, reform1990, pluralEnding: true));
        return string.Join(reform1990 ? "-" : " ", parts);
    }

    private static string Below1000(int n, bool reform, bool pluralEnding)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        var parts = new List<string>();
        if (hundreds > 0)
        {
            if (hundreds > 1) parts.Add(Units[hundreds]);
            parts.Add(hundreds > 1 && rest == 0 && pluralEnding ? "cents" : "cent");
        }
        if (rest > 0) parts.Add(Below100(rest, reform, pluralEnding));
        return string.Join(reform ? "-" : " ", parts);
    }

    private static string Below100(int n, bool reform, bool pluralEnding)
    {
        if (n <= 16) return Units[n];
        if (n < 20) return "dix-" + Units[n - 10];
        var tens = n / 10;
        var unit = n % 10;
        if (tens == 7 || tens == 9)
        {
            var head = tens == 7 ? "soixante" : "quatre-vingt";
            var tail = n - (tens == 7 ? 60 : 80);
            var joiner = tens == 7 && tail == 11 ? (reform ? "-et-" : " et ") : "-";
            return head + joiner + Below100(tail, reform, pluralEnding);
        }
        if (tens == 8) return unit == 0 ? (pluralEnding ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + Units[unit];
        if (unit == 0) return Tens[tens];
        if (unit == 1) return Tens[tens] + (reform ? "-et-un" : " et un");
        return Tens[tens] + "-" + Units[unit];
    }

    /// <summary>Reads a whole phrase ("quatre-vingt-dix-sept", "deux mille vingt-six"); null when it is not exactly a number.</summary>
    public static int? Parse(string words)
    {
        var tokens = Tokens(words);
        return tokens.Count == 0 ? null : ParseTokens(tokens);
    }

    /// <summary>Reads the longest leading part of a phrase that is a number, with the count of tokens used.</summary>
    internal static (int Value, int TokensUsed)? ParseLongestPrefix(IReadOnlyList<string> tokens)
    {
        for (var len = tokens.Count; len > 0; len--)
        {
            var value = ParseTokens(tokens.Take(len).ToList());
            if (value is not null) return (value.Value, len);
        }
        return null;
    }

    internal static List<string> Tokens(string words) =>
        TokenSplit().Split(FrenchText.Fold(words))
            .Where(t => t.Length > 0 && t != "et")
            .Select(Canonical)
            .ToList();

    private static string Canonical(string token) => token switch
    {
        "une" => "un",
        "mil" => "mille",
        "vingts" => "vingt",
        "cents" => "cent",
        _ => token,
    };

    private static int? ParseTokens(List<string> tokens)
    {
        var total = 0;
        var current = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t == "cent") current = (current == 0 ? 1 : current) * 100;
            else if (t == "mille")
            {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            }
            else if (t == "vingt" && i > 0 && tokens[i - 1] == "quatre") current += 76;
            else if (SmallValue(t) is int v) current += v;
            else return null;
        }
        var value = total + current;
        if (value > 999_999) return null;
        // Additive reading accepts nonsense ("six deux"): only keep it when it is how the number is written.
        return Tokens(ToWords(value)).SequenceEqual(tokens) ? value : null;
    }

    private static int? SmallValue(string t)
    {
        if (t == "zero") return 0;
        for (var i = 1; i < Units.Length; i++)
        {
            if (FrenchText.Fold(Units[i]) == t) return i;
        }
        var tens = Array.IndexOf(Tens, t);
        return tens > 1 ? tens * 10 : null;
    }

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex TokenSplit();
}
