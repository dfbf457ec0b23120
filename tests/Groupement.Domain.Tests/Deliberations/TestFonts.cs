using PdfSharp.Fonts;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>PDFsharp 6 needs a font resolver off Windows: this one takes the first TrueType regular sans font
/// found in the usual font directories, at run time (DejaVu Sans, Liberation Sans, …).</summary>
internal sealed class TestFonts : IFontResolver
{
    private static readonly object Gate = new();
    private static readonly string? FontPath = FindFont();
    private static byte[]? fontBytes;

    public static bool Available => FontPath is not null;

    public static string MissingMessage =>
        "No TrueType font found under node_modules/dejavu-fonts-ttf (scripts/install-tools.sh), /usr/share/fonts, /usr/local/share/fonts, ~/.fonts or C:\\Windows\\Fonts.";

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            // PDFsharp 6.2.4 (MIT) writes the test PDFs; production reads PDFs with PdfPig.
            // Another test may have installed its own resolver already: PDFsharp forbids changing it once fonts are in use.
            GlobalFontSettings.FontResolver ??= new TestFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new("test-regular");

    public byte[]? GetFont(string faceName) => fontBytes ??= File.ReadAllBytes(FontPath!);

    private static IEnumerable<string> RepoFonts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupementFunctions.sln"))) dir = dir.Parent;
        return dir is null ? [] : [Path.Combine(dir.FullName, "node_modules", "dejavu-fonts-ttf", "ttf")];
    }

    private static string? FindFont()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        // The DejaVu Sans that scripts/install-tools.sh fetches from npm first, then the machine's fonts.
        string[] roots = [.. RepoFonts(), "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"),
            Path.Combine(home, ".local", "share", "fonts"), @"C:\Windows\Fonts"];
        var files = roots.Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*.ttf", SearchOption.AllDirectories))
            .ToList();
        string[] preferred = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf", "Arial.ttf", "NotoSans-Regular.ttf"];
        return preferred.Select(p => files.FirstOrDefault(f => Path.GetFileName(f) == p)).FirstOrDefault(f => f is not null)
            ?? files.FirstOrDefault(f => !Path.GetFileName(f).Contains("Bold", StringComparison.OrdinalIgnoreCase));
    }
}
