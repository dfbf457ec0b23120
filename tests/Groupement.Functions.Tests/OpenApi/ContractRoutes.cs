using System.Text.RegularExpressions;

namespace Groupement.Functions.Tests.OpenApi;

/// <summary>
/// The routes of DESIGN §4 (the HTTP contract): read from <c>../shared/DESIGN.md</c> next to the repository when it is
/// there, else from the copy below (a clean clone in CI has no shared folder), so the check always runs.
/// </summary>
internal static partial class ContractRoutes
{
    /// <summary>DESIGN §4's tables, as of this commit.</summary>
    public static readonly IReadOnlyList<(string Method, string Path)> Copy =
    [
        ("GET", "/api/health"),
        ("POST", "/api/groupements"),
        ("GET", "/api/groupements/{gid}"),
        ("POST", "/api/groupements/{gid}/invitations"),
        ("POST", "/api/groupements/{gid}/adhesions"),
        ("GET", "/api/groupements/{gid}/adhesions"),
        ("GET", "/api/adhesions/{aid}"),
        ("POST", "/api/adhesions/{aid}/review"),
        ("POST", "/api/adhesions/{aid}/documents"),
        ("POST", "/api/adhesions/{aid}/prefecture-receipt"),
        ("POST", "/api/adhesions/{aid}/publication"),
        ("POST", "/api/adhesions/{aid}/withdrawal"),
        ("POST", "/api/deliberations/analyze"),
        ("GET", "/api/groupements/{gid}/members.csv"),
        ("GET", "/api/groupements/{gid}/members.xlsx"),
        ("POST", "/api/adhesions/{aid}/close"),
        ("GET", "/api/adhesions/{aid}/attestation.pdf"),
        ("POST", "/api/events/sendgrid"),
        ("POST", "/admin/functions/{name}"),
        ("POST", "/api/groupements/{gid}/staff"),
        ("GET", "/api/groupements/{gid}/staff"),
        ("DELETE", "/api/groupements/{gid}/staff/{id}"),
        ("POST", "/api/auth/links"),
        ("POST", "/api/auth/sessions"),
        ("DELETE", "/api/auth/sessions/current"),
    ];

    /// <summary>Where the routes came from, and the routes.</summary>
    public static (string Source, IReadOnlyList<(string Method, string Path)> Routes) Load()
    {
        var design = SharedDesign();
        return design is null ? ("the copy in ContractRoutes.cs", Copy) : (design, Parse(File.ReadAllText(design)));
    }

    /// <summary>The <c>METHOD /path</c> cells of the tables of section 4 of DESIGN.md.</summary>
    public static IReadOnlyList<(string Method, string Path)> Parse(string markdown)
    {
        var start = SectionFour().Match(markdown);
        Assert.True(start.Success, "DESIGN.md has no section 4");
        var end = NextSection().Match(markdown, start.Index + start.Length);
        var section = markdown[start.Index..(end.Success ? end.Index : markdown.Length)];
        var routes = new List<(string, string)>();
        foreach (var row in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var found = Route().Matches(row).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            if (found.Count == 0) continue;
            var first = found[0].Item2;
            routes.AddRange(found);
            // "`GET` lists them": another method on the row's path; "(also `.xlsx`)": the same path, another extension.
            routes.AddRange(BareMethod().Matches(row).Select(m => (m.Groups[1].Value, first)));
            foreach (Match also in AlsoExtension().Matches(row))
                routes.Add((found[0].Item1, Path.ChangeExtension(first, also.Groups[1].Value)));
        }
        return routes.Distinct().ToList();
    }

    /// <summary>"{gid}" and "{{gid}}" alike: parameters compare by position, not name.</summary>
    public static string Shape(string path) => Parameter().Replace(path.Split('?')[0], "{}");

    /// <summary>True when <paramref name="path"/> (concrete or templated) fits the documented <paramref name="template"/>.</summary>
    public static bool Fits(string template, string path)
    {
        var t = Shape(template).Split('/');
        var p = Shape(path).Split('/');
        return t.Length == p.Length && t.Zip(p).All(x => x.First == x.Second || (x.First == "{}" && x.Second.Length > 0));
    }

    private static string? SharedDesign()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupementFunctions.sln"))) dir = dir.Parent;
        if (dir is null) return null;
        var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "DESIGN.md"));
        return File.Exists(path) ? path : null;
    }

    [GeneratedRegex(@"^## 4\.", RegexOptions.Multiline)]
    private static partial Regex SectionFour();

    [GeneratedRegex(@"^## ", RegexOptions.Multiline)]
    private static partial Regex NextSection();

    [GeneratedRegex(@"`(GET|POST|PUT|PATCH|DELETE) (/[^`?\s]*)[^`]*`")]
    private static partial Regex Route();

    [GeneratedRegex(@"`(GET|POST|PUT|PATCH|DELETE)`")]
    private static partial Regex BareMethod();

    [GeneratedRegex(@"\(also `\.([a-z]+)`\)")]
    private static partial Regex AlsoExtension();

    [GeneratedRegex(@"\{\{?[^}]+\}?\}")]
    private static partial Regex Parameter();
}
