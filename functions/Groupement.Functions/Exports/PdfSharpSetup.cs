using PdfSharp;
using PdfSharp.Fonts;

namespace Groupement.Functions.Exports;

/// <summary>
/// One-time PDFsharp set-up for the process, to call before creating any PDF (tests included):
/// PDFsharp 6.5 refuses to work until a licence is chosen, and we use it under the AGPL (the licence of its package);
/// its core build has no font access on Linux, so <see cref="SystemFontResolver"/> is installed unless a resolver already is.
/// </summary>
public static class PdfSharpSetup
{
    /// <summary>The family name to use in <c>XFont</c>; any family resolves to the same face.</summary>
    public const string FontFamily = "Groupement Sans";

    private static readonly Lock Gate = new();
    private static bool _licensed;

    /// <summary>The face in use, e.g. "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" or "Segoe WP (PDFsharp.WPFonts)".</summary>
    public static string? FontSource { get; private set; }

    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (!_licensed)
            {
                PdfSharpLicense.SetAgplLicense();
                _licensed = true;
            }
            if (GlobalFontSettings.FontResolver is not null) return; // set once per process, by us or another part: it must stay
            var resolver = new SystemFontResolver();
            GlobalFontSettings.FontResolver = resolver;
            FontSource = resolver.Source;
        }
    }
}
