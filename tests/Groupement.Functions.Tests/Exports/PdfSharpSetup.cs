using Groupement.Functions.Exports;
using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Groupement.Functions.Tests;

/// <summary>
/// PDFsharp set-up for TESTS ONLY (making input PDFs): PDFsharp stays out of the product.
/// Installs once a resolver mapping every family to the system faces found by
/// <see cref="SystemFonts"/>, else to the Segoe WP faces shipped in the PDFsharp package.
/// </summary>
internal static class PdfSharpSetup
{
    /// <summary>The family name to use in <c>XFont</c>; any family resolves to the same face.</summary>
    public const string FontFamily = "Groupement Sans";

    private static readonly Lock Gate = new();
    private static bool _configured;

    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (_configured) return;
            GlobalFontSettings.FontResolver ??= new TestFontResolver(SystemFonts.Default);
            _configured = true;
        }
    }

    private sealed class TestFontResolver(FontFaces? faces) : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "groupement-bold" : "groupement-regular", false, italic);

        public byte[] GetFont(string faceName) => faceName == "groupement-bold"
            ? faces?.Bold ?? FontDataHelper.SegoeWPBold
            : faces?.Regular ?? FontDataHelper.SegoeWP;
    }
}
