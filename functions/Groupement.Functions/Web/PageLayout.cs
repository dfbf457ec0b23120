using System.Text;

namespace Groupement.Functions.Web;

/// <summary>The common frame of every page: French, sober, one stylesheet and scripts served by the app itself.</summary>
internal static class PageLayout
{
    /// <summary>HTML-escapes text for an element or a quoted attribute (only the five markup characters: French stays readable).</summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }

    public static string Render(string title, string body, params string[] scripts)
    {
        var sb = new StringBuilder(4096);
        sb.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
          .Append("<title>").Append(E(title)).Append(" – Groupement de commandes</title>\n")
          .Append("<link rel=\"icon\" href=\"data:,\">\n")
          .Append("<link rel=\"stylesheet\" href=\"").Append(E(WebAssets.Url("site.css"))).Append("\">\n");
        foreach (var s in scripts) sb.Append("<script src=\"").Append(E(WebAssets.Url(s))).Append("\" defer></script>\n");
        sb.Append("</head>\n<body>\n<a class=\"skip\" href=\"#contenu\">Aller au contenu</a>\n")
          .Append("<header class=\"site\"><p class=\"brand\">Groupement de commandes<span>Adhésion des collectivités</span></p></header>\n")
          .Append("<main id=\"contenu\" tabindex=\"-1\">\n").Append(body).Append("\n</main>\n")
          .Append("<footer class=\"site\"><p>Service public d'adhésion aux groupements de commandes. ")
          .Append("Vos données servent uniquement à instruire votre adhésion.</p></footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>An HTML response with the headers every page carries (tokens travel in links: no referrer, strict CSP).</summary>
    public static IResult Html(HttpContext http, string html, int status = 200)
    {
        SecurityHeaders.Apply(http.Response);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A friendly page for an error (unknown groupement, invalid link…).</summary>
    public static IResult Error(HttpContext http, int status, string title, string message)
    {
        var body = $"""
            <h1>{E(title)}</h1>
            <p class="lead">{E(message)}</p>
            <p>Si vous pensez qu'il s'agit d'une erreur, contactez le coordonnateur du groupement qui vous a adressé le lien.</p>
            """;
        return Html(http, Render(title, body), status);
    }
}

/// <summary>Security headers of pages and assets.</summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";
    }
}
