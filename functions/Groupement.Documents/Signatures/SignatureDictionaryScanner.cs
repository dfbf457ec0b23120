using System.Globalization;
using System.Text.RegularExpressions;

namespace Groupement.Documents;

/// <summary>
/// Finds signature dictionaries by scanning the raw bytes for /ByteRange. A signature dictionary is always a plain
/// indirect object (never inside a compressed object stream: its offsets must be those of the file), and the gap
/// between its two byte ranges is exactly the /Contents hex string, so no full PDF parser is needed.
/// </summary>
internal static partial class SignatureDictionaryScanner
{
    private const int DictionaryWindow = 64 * 1024;

    public static IReadOnlyList<SignatureDictionary> Scan(byte[] pdf, PdfSignatureLimits limits)
    {
        var found = new List<SignatureDictionary>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var from = 0;
        while (found.Count < limits.MaxSignatures)
        {
            var at = pdf.AsSpan(from).IndexOf("/ByteRange"u8);
            if (at < 0) break;
            at += from;
            from = at + 10;
            var range = ReadByteRange(pdf, from);
            if (range is null)
            {
                found.Add(new SignatureDictionary([], null, "la plage d'octets signée (/ByteRange) n'est pas renseignée ou est illisible", null, null, null));
                continue;
            }
            if (!seen.Add(string.Join(' ', range))) continue;
            found.Add(Read(pdf, at, range, limits));
        }
        return found;
    }

    private static SignatureDictionary Read(byte[] pdf, int byteRangeAt, long[] r, PdfSignatureLimits limits)
    {
        var entries = DictionaryText(pdf, byteRangeAt, r);
        var subFilter = SubFilterRegex().Match(entries) is { Success: true } s ? s.Groups[1].Value : null;
        var m = MRegex().Match(entries) is { Success: true } mm ? mm.Groups[1].Value : null;
        var name = NameRegex().Match(entries) is { Success: true } n ? PdfStrings.DecodeLiteral(n.Groups[1].Value) : null;
        SignatureDictionary Bad(string problem) => new(r, null, problem, subFilter, m, name);

        long a = r[0], b = r[1], c = r[2], d = r[3];
        if (a != 0 || b <= 0 || c < a + b || d < 0 || c + d > pdf.Length)
        {
            return Bad($"la plage d'octets signée [{a} {b} {c} {d}] sort du fichier ({pdf.Length} octets) ou ne commence pas au début");
        }
        var gap = pdf.AsSpan((int)(a + b), (int)(c - a - b)).Trim(" \t\r\n\0"u8);
        if (gap.Length < 2 || gap[0] != (byte)'<' || gap[^1] != (byte)'>')
        {
            return Bad("l'intervalle non signé n'est pas la valeur /Contents de la signature");
        }
        if (gap.Length > limits.MaxContentsBytes * 2L + 2)
        {
            return Bad($"la valeur /Contents dépasse {limits.MaxContentsBytes / 1024} Kio");
        }
        var der = Hex.TryDecode(gap[1..^1]);
        if (der is null) return Bad("la valeur /Contents n'est pas une chaîne hexadécimale");
        der = Der.TrimToFirstElement(der);
        return der is null ? Bad("la valeur /Contents est vide ou n'est pas une structure CMS") : new(r, der, null, subFilter, m, name);
    }

    /// <summary>The entries of the dictionary around /ByteRange, from "obj" to "endobj", without the (long) hex value.</summary>
    private static string DictionaryText(byte[] pdf, int byteRangeAt, long[] r)
    {
        var start = Math.Max(0, byteRangeAt - DictionaryWindow);
        var obj = pdf.AsSpan(start, byteRangeAt - start).LastIndexOf(" obj"u8);
        if (obj >= 0) start += obj;
        // Up to the hex value when it follows /ByteRange, else just past /ByteRange.
        var contentsAt = r[0] + r[1];
        var headEnd = contentsAt > byteRangeAt && contentsAt - start <= 2 * DictionaryWindow ? (int)contentsAt : Math.Min(pdf.Length, byteRangeAt + 200);
        var tailStart = (int)Math.Clamp(Math.Max(r[2], headEnd), 0, pdf.Length);
        var tail = pdf.AsSpan(tailStart, Math.Min(DictionaryWindow, pdf.Length - tailStart));
        var end = tail.IndexOf("endobj"u8);
        return PdfBytes.Latin1(pdf.AsSpan(start, headEnd - start)) + " " + PdfBytes.Latin1(end >= 0 ? tail[..end] : tail);
    }

    private static long[]? ReadByteRange(byte[] pdf, int from)
    {
        var window = PdfBytes.Latin1(pdf.AsSpan(from, Math.Min(200, pdf.Length - from)));
        var match = ByteRangeRegex().Match(window);
        if (!match.Success) return null;
        var values = new long[4];
        for (var i = 0; i < 4; i++)
        {
            if (!long.TryParse(match.Groups[i + 1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out values[i])) return null;
        }
        return values;
    }

    [GeneratedRegex(@"^\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]")]
    private static partial Regex ByteRangeRegex();

    [GeneratedRegex(@"/SubFilter\s*/([A-Za-z0-9.\-_]+)")]
    private static partial Regex SubFilterRegex();

    [GeneratedRegex(@"/M\s*\((D:[^)]{4,40})\)")]
    private static partial Regex MRegex();

    [GeneratedRegex(@"/Name\s*\(((?:\\.|[^\\)]){0,400})\)")]
    private static partial Regex NameRegex();
}
