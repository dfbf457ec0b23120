namespace Groupement.Functions.Exports;

/// <summary>A sans-serif TrueType pair read from disk, for PDFs whose text must keep its accents.</summary>
/// <param name="Source">Where the regular face was found, e.g. "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".</param>
public sealed record FontFaces(string Source, byte[] Regular, byte[] Bold);

/// <summary>
/// Finds the first TrueType pair (regular, bold) in the app's own <c>fonts/</c> folder (DejaVu Sans, shipped with the
/// build) then the usual font folders: DejaVu Sans, Liberation Sans, Noto Sans, FreeSans, Arial. None found means PDFs fall back to a Standard 14 font (see <see cref="AttestationPdf"/>).
/// </summary>
public static class SystemFonts
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

    private static readonly Lazy<FontFaces?> Machine = new(() => Find(DefaultDirectories()));

    /// <summary>The pair found in <see cref="DefaultDirectories"/>, looked up once per process; null when there is none.</summary>
    public static FontFaces? Default => Machine.Value;

    public static IEnumerable<string> DefaultDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return
        [
            Path.Combine(AppContext.BaseDirectory, "fonts"),
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local/share/fonts"),
            "/Library/Fonts", "/System/Library/Fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        ];
    }

    /// <summary>The first candidate pair under <paramref name="directories"/> (searched recursively); the bold face
    /// is the regular one when its bold file is missing.</summary>
    public static FontFaces? Find(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
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
        {
            if (!files.TryGetValue(regular, out var r)) continue;
            try
            {
                var regularBytes = File.ReadAllBytes(r);
                var boldBytes = files.TryGetValue(bold, out var b) ? File.ReadAllBytes(b) : regularBytes;
                return new FontFaces(r, regularBytes, boldBytes);
            }
            catch (IOException)
            {
                // unreadable file: try the next candidate
            }
            catch (UnauthorizedAccessException)
            {
                // idem
            }
        }
        return null;
    }
}
