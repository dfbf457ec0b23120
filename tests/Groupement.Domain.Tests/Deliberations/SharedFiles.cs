namespace Groupement.Domain.Tests.Deliberations;

/// <summary>Locates <c>&lt;repo&gt;/../shared</c> and <c>&lt;repo&gt;/node_modules</c> from the test binaries, never by machine path.</summary>
internal static class SharedFiles
{
    public static string? RepoRoot { get; } = FindRepoRoot();

    public static string? Shared(params string[] parts)
    {
        if (RepoRoot is null) return null;
        var path = Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", .. parts]));
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }

    public static string? ReferenceDataDirectory()
    {
        if (RepoRoot is null) return null;
        var path = Path.Combine(RepoRoot, "node_modules", "@etalab", "decoupage-administratif", "data");
        return File.Exists(Path.Combine(path, "communes.json")) ? path : null;
    }

    private static string? FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupementFunctions.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName;
    }
}
