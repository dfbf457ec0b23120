using PdfSharp.Fonts;

namespace Groupement.Functions.Exports;

/// <summary>
/// PDFsharp's core build has no font access on Linux: this installs <see cref="SystemFontResolver"/> once per
/// process (before any PDFsharp font use). Call <see cref="EnsureConfigured"/> before creating PDFs, tests included.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name to use in <c>XFont</c>; any family resolves to the same face.</summary>
    public const string Family = "Groupement Sans";

    private static readonly Lock Gate = new();

    /// <summary>The face in use, e.g. "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" or "Segoe WP (PDFsharp)".</summary>
    public static string? Source { get; private set; }

    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not null) return; // someone (maybe us) already set one: it must stay
            var resolver = new SystemFontResolver();
            GlobalFontSettings.FontResolver = resolver;
            Source = resolver.Source;
        }
    }
}
