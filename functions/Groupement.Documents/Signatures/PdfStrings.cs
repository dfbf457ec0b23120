using System.Globalization;
using System.Text;

namespace Groupement.Documents;

/// <summary>PDF literal strings and dates (ISO 32000-1 §7.3.4.2 and §7.9.4), as far as signature dictionaries use them.</summary>
internal static class PdfStrings
{
    /// <summary>Unescapes a literal string's body; UTF-16BE when it starts with the FE FF mark, else PDFDocEncoding read as Latin-1.</summary>
    public static string DecodeLiteral(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch != '\\' || i + 1 >= body.Length)
            {
                bytes.Add((byte)ch);
                continue;
            }
            var next = body[++i];
            if (next is >= '0' and <= '7')
            {
                var octal = 0;
                var digits = 0;
                while (digits < 3 && i < body.Length && body[i] is >= '0' and <= '7')
                {
                    octal = octal * 8 + (body[i++] - '0');
                    digits++;
                }
                i--;
                bytes.Add((byte)octal);
                continue;
            }
            bytes.Add(next switch { 'n' => (byte)'\n', 'r' => (byte)'\r', 't' => (byte)'\t', 'b' => 8, 'f' => 12, _ => (byte)next });
        }
        var raw = bytes.ToArray();
        return raw is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(raw, 2, raw.Length - 2) : Encoding.Latin1.GetString(raw);
    }

    /// <summary>"D:YYYYMMDDHHmmSSOHH'mm'" with every part after the year optional; no offset means UTC here.</summary>
    public static DateTimeOffset? ParseDate(string? value)
    {
        if (value is null) return null;
        var s = value.StartsWith("D:", StringComparison.Ordinal) ? value[2..] : value;
        int Part(int at, int length, int fallback) =>
            s.Length >= at + length && int.TryParse(s.AsSpan(at, length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        if (s.Length < 4) return null;
        var year = Part(0, 4, -1);
        var month = Part(4, 2, 1);
        var day = Part(6, 2, 1);
        var hour = Part(8, 2, 0);
        var minute = Part(10, 2, 0);
        var second = Part(12, 2, 0);
        var offset = TimeSpan.Zero;
        var zoneAt = Math.Min(s.Length, 14);
        while (zoneAt < s.Length && char.IsDigit(s[zoneAt])) zoneAt++;
        if (zoneAt < s.Length && s[zoneAt] is '+' or '-')
        {
            var sign = s[zoneAt] == '-' ? -1 : 1;
            var zone = s[(zoneAt + 1)..].Replace("'", "", StringComparison.Ordinal);
            var hours = zone.Length >= 2 && int.TryParse(zone.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : 0;
            var minutes = zone.Length >= 4 && int.TryParse(zone.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mi) ? mi : 0;
            offset = sign * new TimeSpan(hours, minutes, 0);
        }
        try
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
