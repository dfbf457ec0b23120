using System.Text;
using Groupement.LocalHost.Web;

namespace Groupement.Functions.Tests.Web;

/// <summary>The fingerprinting of web/ on a folder of its own: references rewritten, dependencies first, cycles refused, publishing.</summary>
public sealed class StaticSiteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("groupement-web-").FullName;

    private void Write(string path, string text)
    {
        var file = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private static string Text(StaticFile file) => Encoding.UTF8.GetString(file.Content);

    [Fact]
    public void A_change_in_an_imported_module_changes_the_fingerprint_of_its_importer_and_of_the_page()
    {
        Write("p/index.html", "<script type=\"module\" src=\"/assets/js/page.js\"></script>");
        Write("assets/js/page.js", "import { x } from '/assets/js/lib.js';");
        Write("assets/js/lib.js", "export const x = 1;");
        var before = StaticSite.Load(_root);
        Write("assets/js/lib.js", "export const x = 2;");
        var after = StaticSite.Load(_root);

        Assert.NotEqual(before.AssetUrl("/assets/js/page.js"), after.AssetUrl("/assets/js/page.js"));
        Assert.Contains(after.AssetUrl("/assets/js/lib.js")!, Text(after.Asset(after.AssetUrl("/assets/js/page.js")!)!));
        Assert.Contains(after.AssetUrl("/assets/js/page.js")!, Text(after.Page("p/index.html")!));
        Assert.Equal(StaticSite.ImmutableCache, after.Asset(after.AssetUrl("/assets/js/lib.js")!)!.CacheControl);
        Assert.Equal(StaticSite.RevalidateCache, after.Asset("/assets/js/lib.js")!.CacheControl);
    }

    [Fact]
    public void Assets_that_reference_each_other_in_a_cycle_are_refused_at_startup()
    {
        Write("assets/a.js", "import '/assets/b.js';");
        Write("assets/b.js", "import '/assets/a.js';");

        var e = Assert.Throws<InvalidOperationException>(() => StaticSite.Load(_root));
        Assert.Contains("cycle", e.Message);
    }

    [Fact]
    public void Publishing_writes_the_pages_the_fingerprinted_assets_only_and_the_configuration()
    {
        Write("p/index.html", "<link rel=\"stylesheet\" href=\"/assets/site.css\">");
        Write("assets/site.css", "body{color:#161616}");
        Write("staticwebapp.config.json", "{\"globalHeaders\":{\"X-Content-Type-Options\":\"nosniff\"}}");
        var site = StaticSite.Load(_root);
        var output = Path.Combine(_root, "..", Path.GetFileName(_root) + "-out");
        site.Publish(output);

        var url = site.AssetUrl("/assets/site.css")!;
        Assert.Matches("^/assets/site\\.[0-9a-f]{10}\\.css$", url);
        Assert.True(File.Exists(Path.Combine(output, url.TrimStart('/'))));
        Assert.False(File.Exists(Path.Combine(output, "assets", "site.css")));
        Assert.Contains(url, File.ReadAllText(Path.Combine(output, "p", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "staticwebapp.config.json")));
        Assert.Equal("nosniff", site.Headers["X-Content-Type-Options"]);
        Directory.Delete(output, recursive: true);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
