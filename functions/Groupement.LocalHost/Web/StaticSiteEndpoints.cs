using Microsoft.Net.Http.Headers;

namespace Groupement.LocalHost.Web;

/// <summary>
/// The pages' routes, as <c>staticwebapp.config.json</c> declares them for Azure Static Web Apps (where the Functions
/// app serves only <c>/api/*</c>): each page is a file of <c>web/</c>, the path's variable part read by its script.
/// </summary>
public static class StaticSiteEndpoints
{
    /// <summary>Route pattern → page under <c>web/</c>. A page whose file is absent answers the French 404 page.</summary>
    public static IReadOnlyList<(string Route, string Page)> Pages { get; } =
    [
        ("/adhesion", "adhesion/index.html"),
        ("/suivi/{aid}", "suivi/index.html"),
        ("/connexion", "connexion/index.html"),
        ("/coordination", "coordination/index.html"),
        ("/coordination/{**view}", "coordination/index.html"),
    ];

    public const string AssetsRoute = "/assets/{**path}";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>The folder served: the setting <c>Web:Root</c> (<c>Web__Root</c>), else <c>web/</c> next to the host's assembly.</summary>
    public static string ResolveRoot(IConfiguration configuration, string contentRoot) =>
        configuration["Web:Root"] is { Length: > 0 } root ? Path.GetFullPath(root, contentRoot) : Path.Combine(AppContext.BaseDirectory, "web");

    public static IEndpointRouteBuilder MapStaticSite(this IEndpointRouteBuilder app)
    {
        foreach (var (route, page) in Pages)
            app.MapMethods(route, Methods, http => Serve(http, Site(http).Page(page))).WithName("Page " + route);
        app.MapMethods(AssetsRoute, Methods, http => Serve(http, Site(http).Asset(http.Request.Path.Value ?? ""))).WithName("Assets");
        return app;
    }

    private static StaticSite Site(HttpContext http) => http.RequestServices.GetRequiredService<StaticSite>();

    /// <summary>Writes a file with its cache policy, the site's headers, the best encoding the client accepts, and 304 on a matching ETag.</summary>
    public static async Task Serve(HttpContext http, StaticFile? file)
    {
        var site = Site(http);
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            file = site.NotFoundPage;
            status = StatusCodes.Status404NotFound;
            if (file is null)
            {
                http.Response.StatusCode = status;
                return;
            }
        }
        var response = http.Response;
        foreach (var (name, value) in site.Headers) response.Headers[name] = value;
        response.Headers.CacheControl = status == StatusCodes.Status200OK ? file.CacheControl : StaticSite.RevalidateCache;
        var encoding = Negotiate(http.Request, file);
        if (file.Compressed) response.Headers.Vary = HeaderNames.AcceptEncoding;
        var etag = file.ETag(encoding);
        response.Headers.ETag = etag;
        if (status == StatusCodes.Status200OK && Matches(http.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var body = encoding switch { "br" => file.Brotli!, "gzip" => file.Gzip!, _ => file.Content };
        response.StatusCode = status;
        response.ContentType = file.ContentType;
        if (encoding is not null) response.Headers.ContentEncoding = encoding;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method)) await response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static string? Negotiate(HttpRequest request, StaticFile file)
    {
        if (!file.Compressed) return null;
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        double Quality(string coding) => accepted
            .Where(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) || a.Value.Equals("*", StringComparison.Ordinal))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        if (file.Brotli is not null && Quality("br") > 0) return "br";
        if (file.Gzip is not null && Quality("gzip") > 0) return "gzip";
        return null;
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        var tags = request.GetTypedHeaders().IfNoneMatch;
        return tags.Any(t => t.Tag.Equals("*") || t.Tag.Equals(etag));
    }
}
