using System.Text.Json.Nodes;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>
/// The pages on Azure Static Web Apps: a Standard static web app whose linked backend is the Functions app, emails
/// linking to it, and web/staticwebapp.config.json with the routes, fallback, headers and CSP the local host applies.
/// </summary>
public sealed class StaticWebAppTests
{
    private static JsonObject Config =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(InfraFiles.Root, "web", "staticwebapp.config.json")))!.AsObject();

    private static JsonObject StaticSite() => Assert.Single(CompiledTemplate.OfType("Microsoft.Web/staticSites"), r => r["existing"] is null);

    [Fact]
    public void The_static_web_app_is_standard_deployed_by_token_and_optional()
    {
        var site = StaticSite();

        Assert.Equal("Standard", (string?)site["sku"]!["name"]);
        Assert.Equal("Standard", (string?)site["sku"]!["tier"]);
        Assert.Equal("None", (string?)site["properties"]!["provider"]);
        Assert.Equal("[parameters('deployStaticWebApp')]", (string?)CompiledTemplate.Module("staticwebapp")["condition"]);
        Assert.True((bool)CompiledTemplate.Main["parameters"]!["deployStaticWebApp"]!["defaultValue"]!);
    }

    [Fact]
    public void The_functions_app_is_the_linked_backend_of_the_static_web_app()
    {
        var backend = CompiledTemplate.Single("Microsoft.Web/staticSites/linkedBackends");
        var module = CompiledTemplate.Module("staticwebapp-backend");

        Assert.Equal("[parameters('functionAppId')]", (string?)backend["properties"]!["backendResourceId"]);
        Assert.Contains("functionapp", module["properties"]!["parameters"]!["functionAppId"]!["value"]!.ToJsonString());
        Assert.Contains("outputs.id", module["properties"]!["parameters"]!["functionAppId"]!["value"]!.ToJsonString());
    }

    [Fact]
    public void Emails_link_to_the_pages_of_the_static_web_app_unless_an_address_is_given()
    {
        // Bicep writes a conditional parameter as one expression: if(…, createObject('value', …), createObject('value', …)).
        var value = (string)CompiledTemplate.Module("functionapp")["properties"]!["parameters"]!["publicBaseUrl"]!;

        Assert.Contains("deployStaticWebApp", value);
        Assert.Contains("'Microsoft.Resources/deployments', 'staticwebapp')", value);
        Assert.Contains(".outputs.url.value", value);
        Assert.Contains("parameters('publicBaseUrl')", value);
    }

    [Fact]
    public void The_config_rewrites_the_pages_routes_and_answers_a_French_404()
    {
        var routes = Config["routes"]!.AsArray().Select(r => r!.AsObject()).ToList();
        string? Rewrite(string route) => (string?)routes.Single(r => (string?)r["route"] == route)["rewrite"];

        Assert.Equal("/adhesion/index.html", Rewrite("/adhesion"));
        Assert.Equal("/suivi/index.html", Rewrite("/suivi/*"));
        Assert.Equal("/connexion/index.html", Rewrite("/connexion"));
        Assert.Equal("/coordination/index.html", Rewrite("/coordination"));
        Assert.Equal("/coordination/index.html", Rewrite("/coordination/*"));
        Assert.Equal("public, max-age=31536000, immutable",
            (string?)routes.Single(r => (string?)r["route"] == "/assets/*")["headers"]!["Cache-Control"]);
        Assert.DoesNotContain(routes, r => ((string?)r["route"])!.StartsWith("/api", StringComparison.Ordinal)); // the linked backend's
        Assert.Contains("/api/*", Config["navigationFallback"]!["exclude"]!.AsArray().Select(e => (string?)e));
        Assert.Equal("/404.html", (string?)Config["responseOverrides"]!["404"]!["rewrite"]);
        var notFound = File.ReadAllText(Path.Combine(InfraFiles.Root, "web", "404.html"));
        Assert.Contains("<html lang=\"fr\">", notFound);
        Assert.Contains("Page introuvable", notFound);
    }

    [Fact]
    public void The_config_sets_a_strict_CSP_and_the_security_headers()
    {
        var headers = Config["globalHeaders"]!.AsObject();
        var csp = (string)headers["Content-Security-Policy"]!;

        foreach (var directive in new[] { "default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'" })
            Assert.Contains(directive, csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", (string?)headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", (string?)headers["Referrer-Policy"]);
        Assert.Equal("DENY", (string?)headers["X-Frame-Options"]);
        Assert.Equal("text/javascript; charset=utf-8", (string?)Config["mimeTypes"]![".js"]);
    }
}
