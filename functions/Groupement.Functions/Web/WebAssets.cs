using System.Security.Cryptography;
using System.Text;
using Groupement.Functions.Web.Assets;

namespace Groupement.Functions.Web;

/// <summary>
/// The stylesheet and scripts, compiled into the assembly (no wwwroot to deploy, no CDN). Their URLs carry a hash of
/// their content, so browsers may cache them for good.
/// </summary>
internal static class WebAssets
{
    private sealed record Asset(byte[] Content, string ContentType, string Version);

    private static readonly Dictionary<string, Asset> All = new(StringComparer.Ordinal)
    {
        ["site.css"] = Make(SiteCss.Text, "text/css; charset=utf-8"),
        ["common.js"] = Make(CommonJs.Text, "text/javascript; charset=utf-8"),
        ["adhesion.js"] = Make(AdhesionJs.Text, "text/javascript; charset=utf-8"),
        ["suivi.js"] = Make(SuiviJs.Text + SuiviActionsJs.Text, "text/javascript; charset=utf-8"),
    };

    private static Asset Make(string text, string type)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new Asset(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
    }

    public static string Url(string name) => $"/web/{name}?v={All[name].Version}";

    public static IResult Serve(string name, HttpContext http)
    {
        if (!All.TryGetValue(name, out var asset)) return PageLayout.Error(http, 404, "Page introuvable", "Cette adresse ne correspond à aucune page.");
        SecurityHeaders.Apply(http.Response);
        http.Response.Headers.CacheControl = http.Request.Query["v"] == asset.Version ? "public, max-age=31536000, immutable" : "no-cache";
        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
