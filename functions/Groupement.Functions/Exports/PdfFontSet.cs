using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Groupement.Functions.Exports;

/// <summary>
/// The regular and bold fonts of one PDF being written with PdfPig: an embedded TrueType pair when one is given and
/// usable (accents kept), else Helvetica from the Standard 14, whose PdfPig writer only handles printable ASCII, so
/// text is transliterated for it ("Épinay" → "Epinay", "«" → "\"", "—" → "-").
/// </summary>
internal sealed partial class PdfFontSet
{
    private readonly Dictionary<(PdfDocumentBuilder.AddedFont, char), bool> _drawable = [];

    private PdfFontSet(PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold, bool embedded)
    {
        Regular = regular;
        Bold = bold;
        Embedded = embedded;
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }
    public PdfDocumentBuilder.AddedFont Bold { get; }

    /// <summary>True for the TrueType pair, false for the Helvetica fallback.</summary>
    public bool Embedded { get; }

    public static PdfFontSet Add(PdfDocumentBuilder builder, FontFaces? faces)
    {
        if (faces is not null
            && builder.CanUseTrueTypeFont(faces.Regular, out _)
            && builder.CanUseTrueTypeFont(faces.Bold, out _))
        {
            try
            {
                return new PdfFontSet(builder.AddTrueTypeFont(faces.Regular), builder.AddTrueTypeFont(faces.Bold), embedded: true);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IndexOutOfRangeException)
            {
                // a face PdfPig cannot parse after all: Helvetica below
            }
        }
        return new PdfFontSet(builder.AddStandard14Font(Standard14Font.Helvetica), builder.AddStandard14Font(Standard14Font.HelveticaBold), embedded: false);
    }

    /// <summary>The text as it can be drawn in <paramref name="font"/>: characters the font lacks are transliterated.</summary>
    public string Prepare(string text, PdfDocumentBuilder.AddedFont font, PdfPageBuilder page)
    {
        if (!Embedded) return ToAscii(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CanDraw(c, font, page))
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text[..i]);
            sb.Append(ToAscii(c.ToString()));
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>The advance width of already prepared text, in points.</summary>
    public static double Width(string prepared, PdfDocumentBuilder.AddedFont font, double size, PdfPageBuilder page)
    {
        if (prepared.Length == 0) return 0;
        var letters = page.MeasureText(prepared, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private bool CanDraw(char c, PdfDocumentBuilder.AddedFont font, PdfPageBuilder page)
    {
        if (c is >= ' ' and <= '~') return true;
        if (_drawable.TryGetValue((font, c), out var known)) return known;
        bool ok;
        try
        {
            ok = !char.IsSurrogate(c) && !char.IsControl(c) && page.MeasureText(c.ToString(), 10, new PdfPoint(0, 0), font).Count == 1;
        }
        catch (InvalidOperationException)
        {
            ok = false;
        }
        _drawable[(font, c)] = ok;
        return ok;
    }

    /// <summary>Printable ASCII only: accents dropped, ligatures spelt out, French quotes and dashes simplified, the rest "?".</summary>
    public static string ToAscii(string text)
    {
        var sb = new StringBuilder(text.Length);
        string decomposed;
        try
        {
            decomposed = Guillemets().Replace(text, m => m.Value.Trim()).Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = text; // a lone surrogate: mapped to "?" below
        }
        foreach (var c in decomposed)
        {
            if (c is >= ' ' and <= '~') sb.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark) continue;
            else sb.Append(c switch
            {
                'œ' => "oe", 'Œ' => "OE", 'æ' => "ae", 'Æ' => "AE", 'ß' => "ss",
                '«' or '»' or '“' or '”' or '„' => "\"",
                '‘' or '’' or '‚' or '′' => "'",
                '‐' or '‑' or '‒' or '–' or '—' or '−' => "-",
                '…' => "...", '°' => "o", '€' => "EUR", '•' or '·' => "-",
                _ when char.IsWhiteSpace(c) => " ",
                _ when char.IsLowSurrogate(c) => "",
                _ => "?",
            });
        }
        return sb.ToString();
    }

    /// <summary>« with the space after it, or » with the space before it: the spaces go with the guillemets.</summary>
    [GeneratedRegex(@"«\s*|\s*»")]
    private static partial Regex Guillemets();
}
