using System.Globalization;
using System.Text;

namespace Groupement.Domain.Ics;

/// <summary>
/// Writes RFC 5545 content lines: CRLF endings, lines folded at 75 octets (never inside a UTF-8 sequence),
/// TEXT values escaped (backslash, semicolon, comma, newline).
/// </summary>
public sealed class IcsWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new();

    /// <summary>A property whose value is TEXT: escaped.</summary>
    public IcsWriter Text(string name, string value) => Raw(name, Escape(value));

    /// <summary>An all-day DATE property (<c>NAME;VALUE=DATE:yyyyMMdd</c>).</summary>
    public IcsWriter Date(string name, DateOnly day) =>
        Raw(name + ";VALUE=DATE", day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>A UTC DATE-TIME property (<c>yyyyMMddTHHmmssZ</c>).</summary>
    public IcsWriter Utc(string name, DateTimeOffset instant) =>
        Raw(name, instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    /// <summary>A property written as given (already valid for its type).</summary>
    public IcsWriter Raw(string name, string value)
    {
        Fold(name + ":" + value);
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11).</summary>
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            switch (ch)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                        i++;
                    sb.Append(@"\n");
                    break;
                case '\n': sb.Append(@"\n"); break;
                default:
                    if (!char.IsControl(ch) || ch == '\t')
                        sb.Append(ch);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Appends one logical line folded into physical lines of at most 75 octets (RFC 5545 §3.1).</summary>
    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            // A surrogate pair is one UTF-8 sequence of 4 octets: never split it.
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length
                ? Encoding.UTF8.GetByteCount(line.AsSpan(i, 2))
                : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                _text.Append("\r\n ");
                octets = 1; // the leading space of a continuation line counts
            }
            _text.Append(line[i]);
            if (width == 4)
                _text.Append(line[++i]);
            octets += width;
        }
        _text.Append("\r\n");
    }
}
