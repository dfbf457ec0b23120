using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Groupement.Functions.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Web;

/// <summary>
/// The pages as static files of <c>web/</c> served by the local host: fingerprinted assets cached for good, pages
/// revalidated, Brotli and gzip, ETag and 304, the security headers of <c>staticwebapp.config.json</c>, French 404.
/// </summary>
public sealed partial class PagesTests(GroupementHost host) : IClassFixture<GroupementHost>
{
    [Theory]
    [InlineData("/adhesion?groupement=abc", "Adhésion à un groupement de commandes")]
    [InlineData("/suivi/0123456789abcdef0123456789abcdef", "Suivi de votre adhésion")]
    public async Task Pages_are_French_static_files_revalidated_on_each_visit(string path, string heading)
    {
        var response = await host.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains(heading, html);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        AssertSecurityHeaders(response);
        AssertNoInlineOrExternalResource(html);
        Assert.Matches("href=\"/assets/site\\.[0-9a-f]{10}\\.css\"", html);
        Assert.Matches("<script type=\"module\" src=\"/assets/js/[a-z-]+\\.[0-9a-f]{10}\\.js\"></script>", html);
    }

    [Fact]
    public async Task Application_form_has_a_label_for_every_control_and_says_what_is_optional()
    {
        var html = await host.CreateClient().GetStringAsync("/adhesion");
        foreach (Match input in Regex.Matches(html, "<(input|select|textarea) id=\"([^\"]+)\""))
            Assert.Contains($"<label for=\"{input.Groups[2].Value}\">", html);
        foreach (var label in new[] { "Numéro SIREN", "Type de membre", "Code INSEE (facultatif)", "Adresse électronique", "Nom de l'école",
                     "Code UAI (facultatif)", "Nombre de comptes", "Délibération du conseil", "Convention signée", "Déposer le dossier" })
            Assert.Contains(label, html);
        Assert.Contains("role=\"alert\"", html);
    }

    [Fact]
    public async Task Fingerprinted_assets_are_immutable_compressed_and_answer_304_to_their_ETag()
    {
        var client = host.CreateClient();
        var html = await client.GetStringAsync("/suivi/abc");
        var css = Regex.Match(html, "/assets/site\\.[0-9a-f]{10}\\.css").Value;
        var identity = await client.GetAsync(css);
        var plain = await identity.Content.ReadAsByteArrayAsync();
        Assert.Equal("public, max-age=31536000, immutable", identity.Headers.CacheControl?.ToString());
        Assert.Equal("text/css", identity.Content.Headers.ContentType?.MediaType);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        AssertSecurityHeaders(identity);

        foreach (var (coding, decode) in new (string, Func<Stream, Stream>)[]
                 {
                     ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
                     ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
                 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, css);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
            var response = await client.SendAsync(request);
            Assert.Equal(coding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            var compressed = await response.Content.ReadAsByteArrayAsync();
            Assert.True(compressed.Length < plain.Length / 2, $"{coding}: {compressed.Length} of {plain.Length} bytes");
            using var output = new MemoryStream();
            await using (var stream = decode(new MemoryStream(compressed))) await stream.CopyToAsync(output);
            Assert.Equal(plain, output.ToArray());
            Assert.NotEqual(identity.Headers.ETag, response.Headers.ETag); // one ETag per representation

            using var again = new HttpRequestMessage(HttpMethod.Get, css);
            again.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
            again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
            var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }

        var unversioned = await client.GetAsync("/assets/site.css"); // the plain name still answers, revalidated
        Assert.Equal(HttpStatusCode.OK, unversioned.StatusCode);
        Assert.Equal("no-cache", unversioned.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/inconnu.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/site.0000000000.css")).StatusCode);
    }

    [Fact]
    public async Task Modules_import_each_other_by_fingerprinted_URL_and_never_parse_markup()
    {
        var client = host.CreateClient();
        var html = await client.GetStringAsync("/suivi/abc");
        var script = Regex.Match(html, "/assets/js/suivi\\.[0-9a-f]{10}\\.js").Value;
        var js = await client.GetAsync(script);
        var text = await js.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Matches("from '/assets/js/dom\\.[0-9a-f]{10}\\.js'", text);
        Assert.Matches("from '/assets/js/suivi-actions\\.[0-9a-f]{10}\\.js'", text);
        Assert.DoesNotMatch("from '/assets/js/[a-z-]+\\.js'", text);
        foreach (var module in Regex.Matches(text, "/assets/js/[a-z-]+\\.[0-9a-f]{10}\\.js").Select(m => m.Value))
        {
            var body = await client.GetStringAsync(module);
            Assert.DoesNotContain("innerHTML", body);
            Assert.DoesNotContain("insertAdjacentHTML", body);
        }
    }

    [Fact]
    public async Task HEAD_answers_the_headers_of_GET_without_a_body()
    {
        var response = await host.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/adhesion"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 1000);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/coordination")]
    [InlineData("/coordination/dossiers/abc")]
    [InlineData("/connexion")]
    public async Task Routes_of_pages_not_yet_in_web_answer_the_French_404_page(string path)
    {
        var site = host.Services.GetRequiredService<Groupement.LocalHost.Web.StaticSite>();
        var page = Groupement.LocalHost.Web.StaticSiteEndpoints.Pages.Single(p => p.Route == path || (path.StartsWith("/coordination/", StringComparison.Ordinal) && p.Route == "/coordination/{**view}")).Page;
        var response = await host.CreateClient().GetAsync(path);
        if (site.Page(page) is not null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the console's branch adds these files
            return;
        }
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Page introuvable</h1>", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_security_headers_served_are_those_of_staticwebapp_config_json()
    {
        var config = Path.Combine(AppContext.BaseDirectory, "web", "staticwebapp.config.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(config));
        var expected = json.RootElement.GetProperty("globalHeaders").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Contains("Content-Security-Policy", expected.Keys);

        foreach (var path in new[] { "/adhesion", "/suivi/abc", "/assets/site.css", "/inconnu-mais-page" })
        {
            var response = await host.CreateClient().GetAsync(path == "/inconnu-mais-page" ? "/coordination/x" : path);
            foreach (var (name, value) in expected)
                Assert.Equal(value, string.Join(", ", response.Headers.GetValues(name)));
        }
    }

    [Fact]
    public void The_local_host_and_staticwebapp_config_json_declare_the_same_page_routes()
    {
        var config = Path.Combine(AppContext.BaseDirectory, "web", "staticwebapp.config.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var rewrites = json.RootElement.GetProperty("routes").EnumerateArray()
            .Where(r => r.TryGetProperty("rewrite", out _))
            .Select(r => $"{r.GetProperty("route").GetString()} -> {r.GetProperty("rewrite").GetString()}")
            .Order(StringComparer.Ordinal);
        var local = Groupement.LocalHost.Web.StaticSiteEndpoints.Pages
            .Select(p => $"{Regex.Replace(p.Route, "\\{[^}]+\\}", "*")} -> /{p.Page}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(local, rewrites);
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    private static void AssertNoInlineOrExternalResource(string html)
    {
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html); // no inline script: CSP script-src 'self'
        Assert.DoesNotMatch(" on[a-z]+=\"", html); // no inline handler
    }
}
