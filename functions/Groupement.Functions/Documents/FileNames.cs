using System.Globalization;
using System.Text;

namespace Groupement.Functions.Documents;

/// <summary>Turns a client-supplied file name into a safe one: no path, ASCII letters, digits, '-', '_', '.', ending in .pdf.</summary>
public static class FileNames
{
    public static string Sanitize(string? original, string fallbackStem, int maxLength = 100, string extension = ".pdf")
    {
        var name = original ?? "";
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0) name = name[(slash + 1)..];
        if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) name = name[..^extension.Length];
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // é → e
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') sb.Append(c);
            else if (c is ' ' or '\'' or '(' or ')' or ',' or '+') sb.Append('-');
        }
        var stem = Collapse(sb.ToString()).Trim('-', '.', '_');
        if (stem.Length == 0) stem = Collapse(fallbackStem).Trim('-', '.', '_');
        if (stem.Length == 0) stem = "document";
        var room = Math.Max(1, maxLength - extension.Length);
        if (stem.Length > room) stem = stem[..room].TrimEnd('-', '.', '_');
        return stem + extension;
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (!(c is '-' or '.' && sb.Length > 0 && sb[^1] is '-' or '.')) sb.Append(c);
        return sb.ToString();
    }
}
