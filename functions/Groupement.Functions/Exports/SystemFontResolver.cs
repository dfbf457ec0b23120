using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Groupement.Functions.Exports;

/// <summary>
/// Resolves every family to one sans-serif face: the first TrueType pair (regular, bold) found in the usual font
/// folders (DejaVu Sans, Liberation Sans, Noto Sans, FreeSans, Arial), else the Segoe WP faces that ship inside the
/// PDFsharp package, so a fresh machine with no fonts still renders French text.
/// </summary>
public sealed class SystemFontResolver : IFontResolver
{
    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("FreeSans.ttf", "FreeSansBold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
        ("Arial.ttf", "Arial Bold.ttf"),
    ];

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    public SystemFontResolver(IEnumerable<string>? directories = null)
    {
        var found = Find(directories ?? DefaultDirectories());
        if (found is { } pair)
        {
            _regular = File.ReadAllBytes(pair.Regular);
            _bold = File.ReadAllBytes(pair.Bold);
            Source = pair.Regular;
        }
        else
        {
            _regular = FontDataHelper.SegoeWP;
            _bold = FontDataHelper.SegoeWPBold;
            Source = "Segoe WP (PDFsharp.WPFonts)";
        }
    }

    /// <summary>Where the faces come from (a path, or the PDFsharp fallback).</summary>
    public string Source { get; }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "groupement-bold" : "groupement-regular", false, italic);

    public byte[] GetFont(string faceName) => faceName == "groupement-bold" ? _bold : _regular;

    public static IEnumerable<string> DefaultDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return
        [
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local/share/fonts"),
            "/Library/Fonts", "/System/Library/Fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        ];
    }

    private static (string Regular, string Bold)? Find(IEnumerable<string> directories)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in directories.Where(d => !string.IsNullOrEmpty(d) && Directory.Exists(d)))
        {
            try
            {
                foreach (var f in Directory.EnumerateFiles(dir, "*.ttf", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 6 }))
                    files.TryAdd(Path.GetFileName(f), f);
            }
            catch (IOException)
            {
                // unreadable folder: try the next
            }
        }
        foreach (var (regular, bold) in Candidates)
            if (files.TryGetValue(regular, out var r))
                return (r, files.TryGetValue(bold, out var b) ? b : r);
        return null;
    }
}
