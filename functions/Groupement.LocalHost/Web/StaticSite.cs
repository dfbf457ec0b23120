using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;

namespace Groupement.LocalHost.Web;

/// <summary>
/// The front-end (<c>web/</c> at the repository root), read once at startup. Every file under <c>web/assets/</c> gets a
/// fingerprinted URL (<c>/assets/site.css</c> → <c>/assets/site.1a2b3c4d5e.css</c>, from a hash of its content), and
/// every reference <c>/assets/…</c> written in a page, a stylesheet or a script is rewritten to it, dependencies first
/// (a script importing another gets a new hash when the other changes). Pages (<c>*.html</c>) keep their path.
/// The security headers and MIME types come from <c>staticwebapp.config.json</c>, the same file Azure Static Web Apps reads.
/// </summary>
public sealed partial class StaticSite
{
    public const string ConfigFileName = "staticwebapp.config.json";
    public const string NotFoundPagePath = "404.html";
    public const string ImmutableCache = "public, max-age=31536000, immutable";
    public const string RevalidateCache = "no-cache";

    private readonly Dictionary<string, StaticFile> _pages;
    private readonly Dictionary<string, StaticFile> _assets;
    private readonly Dictionary<string, string> _fingerprinted;

    private StaticSite(string root, IReadOnlyDictionary<string, string> headers, Dictionary<string, StaticFile> pages,
        Dictionary<string, StaticFile> assets, Dictionary<string, string> fingerprinted)
    {
        Root = root;
        Headers = headers;
        _pages = pages;
        _assets = assets;
        _fingerprinted = fingerprinted;
    }

    public string Root { get; }

    /// <summary><c>globalHeaders</c> of <c>staticwebapp.config.json</c>: CSP and the other security headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The page at a path under <c>web/</c> (e.g. <c>suivi/index.html</c>), or null.</summary>
    public StaticFile? Page(string path) => _pages.GetValueOrDefault(path);

    public StaticFile? NotFoundPage => Page(NotFoundPagePath);

    /// <summary>An asset by URL path: the fingerprinted one (cached for good) or the plain one (revalidated).</summary>
    public StaticFile? Asset(string urlPath) => _assets.GetValueOrDefault(urlPath);

    /// <summary>The fingerprinted URL of an asset (<c>/assets/site.css</c> → <c>/assets/site.&lt;hash&gt;.css</c>).</summary>
    public string? AssetUrl(string urlPath) => _fingerprinted.GetValueOrDefault(urlPath);

    public IEnumerable<StaticFile> Pages => _pages.Values;

    /// <summary>Reads a site; a missing folder gives an empty site (every page then answers 404).</summary>
    public static StaticSite Load(string root)
    {
        var config = SiteConfig.Read(Path.Combine(root, ConfigFileName));
        var pages = new Dictionary<string, StaticFile>(StringComparer.Ordinal);
        var assets = new Dictionary<string, StaticFile>(StringComparer.Ordinal);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return new StaticSite(root, config.Headers, pages, assets, urls);

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .ToList();
        var assetPaths = files.Where(p => p.StartsWith("assets/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var done = new Dictionary<string, StaticFile>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);

        StaticFile Fingerprint(string path)
        {
            if (done.TryGetValue(path, out var ready)) return ready;
            if (!inProgress.Add(path)) throw new InvalidOperationException($"web/{path}: assets reference each other in a cycle.");
            var type = config.ContentType(path);
            var content = Rewrite(root, path, type, assetPaths, Fingerprint);
            var file = new StaticFile(path, content, type, ImmutableCache);
            var url = "/" + FingerprintedName(path, file.Hash);
            urls["/" + path] = url;
            assets[url] = file;
            assets["/" + path] = new StaticFile(path, content, type, RevalidateCache);
            inProgress.Remove(path);
            done[path] = file;
            return file;
        }

        foreach (var path in assetPaths.Order(StringComparer.Ordinal)) Fingerprint(path);
        foreach (var path in files.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !assetPaths.Contains(p)))
        {
            var type = config.ContentType(path);
            pages[path] = new StaticFile(path, Rewrite(root, path, type, assetPaths, Fingerprint), type, RevalidateCache);
        }
        return new StaticSite(root, config.Headers, pages, assets, urls);
    }

    /// <summary>
    /// Writes the site as Azure Static Web Apps serves it: the pages, the assets under their fingerprinted names only
    /// (so <c>/assets/*</c> may be cached for good), the configuration file.
    /// </summary>
    public void Publish(string output)
    {
        Directory.CreateDirectory(output);
        foreach (var page in _pages.Values) Write(output, page.Path, page.Content);
        foreach (var (url, file) in _assets.Where(a => a.Value.CacheControl == ImmutableCache)) Write(output, url.TrimStart('/'), file.Content);
        var config = Path.Combine(Root, ConfigFileName);
        if (File.Exists(config)) File.Copy(config, Path.Combine(output, ConfigFileName), overwrite: true);
    }

    private static void Write(string output, string path, byte[] content)
    {
        var target = Path.Combine(output, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, content);
    }

    private static byte[] Rewrite(string root, string path, string type, HashSet<string> assets, Func<string, StaticFile> fingerprint)
    {
        var bytes = File.ReadAllBytes(Path.Combine(root, path));
        if (!IsText(type)) return bytes;
        var text = Encoding.UTF8.GetString(bytes);
        var rewritten = AssetReference().Replace(text, m =>
        {
            var target = m.Value[1..];
            return assets.Contains(target) && target != path ? "/" + FingerprintedName(target, fingerprint(target).Hash) : m.Value;
        });
        return Encoding.UTF8.GetBytes(rewritten);
    }

    /// <summary><c>assets/js/suivi.js</c> + hash → <c>assets/js/suivi.0123456789.js</c>.</summary>
    public static string FingerprintedName(string path, string hash)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        var at = dot > slash ? dot : path.Length;
        return $"{path[..at]}.{hash[..10]}{path[at..]}";
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal) ||
        type.Contains("json", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal);

    [GeneratedRegex(@"/assets/[A-Za-z0-9_\-./]+\.[A-Za-z0-9]+")]
    private static partial Regex AssetReference();

    /// <summary>What the local host takes from <c>staticwebapp.config.json</c>: <c>globalHeaders</c> and <c>mimeTypes</c>.</summary>
    private sealed record SiteConfig(IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, string> MimeTypes)
    {
        private static readonly FileExtensionContentTypeProvider Extensions = new();

        public static SiteConfig Read(string file)
        {
            if (!File.Exists(file)) return new(new Dictionary<string, string>(), new Dictionary<string, string>());
            using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return new(Strings(doc.RootElement, "globalHeaders"), Strings(doc.RootElement, "mimeTypes"));
        }

        public string ContentType(string path)
        {
            var ext = Path.GetExtension(path).ToLowerInvariant();
            if (MimeTypes.TryGetValue(ext, out var type)) return type;
            return Extensions.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        }

        private static Dictionary<string, string> Strings(JsonElement root, string name)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty(name, out var section))
                foreach (var p in section.EnumerateObject()) map[p.Name] = p.Value.GetString() ?? "";
            return map;
        }
    }
}
