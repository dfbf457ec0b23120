using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Groupement.Domain.Dossiers;

/// <summary>
/// The short dossier number a person can read out on the phone: <c>{PREFIX}-{YYYY}-{NNNN}</c> (e.g.
/// <c>EPRIMO-2026-0042</c>), unique per groupement. The prefix is the groupement's (2 to 12 capital letters or digits);
/// the year is the Paris year of the submission; the number comes from the groupement's counter.
/// </summary>
public static partial class DossierReference
{
    public const string InvalidPrefixCode = "INVALID_REFERENCE_PREFIX";
    private const string Fallback = "GRP";

    // Words that say nothing about a groupement and would only lengthen its prefix.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "DE", "DES", "DU", "D", "LA", "LE", "LES", "L", "ET", "EN", "POUR", "AU", "AUX", "A", "SUR",
        "GROUPEMENT", "COMMANDES", "COMMANDE",
    };

    /// <summary>True for a prefix the API accepts: <c>^[A-Z0-9]{2,12}$</c>.</summary>
    public static bool IsValidPrefix(string? prefix) => prefix is not null && Prefix().IsMatch(prefix);

    /// <summary>
    /// The default prefix from the groupement's name: letters and digits of its meaningful words, accents dropped,
    /// year-like numbers left out ("e-primo 2026" → "EPRIMO"); when that is longer than 12, the initials
    /// ("Région Pays de la Loire numérique" → "RPLN"); "GRP" when nothing is left.
    /// </summary>
    public static string DerivePrefix(string? name)
    {
        var words = Fold(name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.All(char.IsAsciiDigit) && !Filler.Contains(w))
            .ToList();
        var joined = string.Concat(words);
        if (joined.Length is >= 2 and <= 12) return joined;
        if (joined.Length > 12)
        {
            var initials = string.Concat(words.Select(w => w[0]));
            if (initials.Length >= 2) return initials.Length > 12 ? initials[..12] : initials;
            return joined[..12];
        }
        return Fallback;
    }

    /// <summary><c>{prefix}-{year}-{number:D4}</c> (more digits past 9999).</summary>
    public static string Format(string prefix, int year, long number)
    {
        if (!IsValidPrefix(prefix)) throw new ArgumentException($"Invalid reference prefix '{prefix}'.", nameof(prefix));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year:D4}-{number:D4}");
    }

    /// <summary>Upper-case ASCII letters and digits; every other character becomes a word break ("e-primo" stays one word).</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
            else if (c is '-' or '\u2010' or '\u2011') continue; // "e-primo", "Loire-Atlantique": one word
            else sb.Append(' ');
        }
        return sb.ToString();
    }

    [GeneratedRegex("^[A-Z0-9]{2,12}$")]
    private static partial Regex Prefix();
}
