using System.Net;
using Groupement.Functions.Tests.Hosting;

namespace Groupement.Functions.Tests.Web;

/// <summary>The member pages over the real host: French labels, escaping, friendly errors, security headers.</summary>
public sealed class PagesTests(GroupementHost host) : IClassFixture<GroupementHost>
{
    [Fact]
    public async Task Application_form_is_in_French_with_labels_fieldsets_and_the_deliberation_explained()
    {
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "ENT des écoles 2026");
        var response = await host.CreateClient().GetAsync($"/adhesion?groupement={gid}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("Adhésion au groupement « ENT des écoles 2026 »", html);
        foreach (var label in new[] { "Numéro SIREN", "Type de membre", "Code INSEE (facultatif)", "Adresse électronique", "Nom de l'école",
                     "Code UAI (facultatif)", "Nombre de comptes", "Délibération du conseil", "Convention signée", "Déposer le dossier" })
            Assert.Contains(label.Replace("'", "&#39;", StringComparison.Ordinal), html);
        Assert.Contains("<legend>Le membre</legend>", html);
        Assert.Contains("<legend>Le référent</legend>", html);
        Assert.Contains("transmise à la préfecture", html);
        Assert.Contains("publiée ou affichée", html);
        Assert.Contains("<label for=\"champ-member-siren\">", html);
        Assert.Contains("id=\"champ-member-siren\"", html);
        Assert.Contains("aria-live=\"polite\"", html);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains($"data-groupement=\"{gid}\"", html);
        AssertNoExternalResource(html);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Invitation_link_from_the_email_opens_the_form_with_the_member_filled_in()
    {
        var (gid, key) = await PageScenario.CreateGroupementAsync(host, "Groupement invité");
        var link = await PageScenario.InviteAsync(host, gid, key);

        var response = await host.CreateClient().GetAsync(link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"value=\"{PageScenario.MemberSiren}\"", html);
        Assert.Contains("value=\"Commune de Beaucouz", html);
        Assert.Contains("value=\"mairie@beaucouze-test.fr\"", html);
        Assert.DoesNotContain("jeton=", html); // the script reads the token from the address bar; the page never echoes it
    }

    [Theory]
    [InlineData("/adhesion?groupement=inconnu0000", "Groupement introuvable")]
    [InlineData("/adhesion", "Groupement introuvable")]
    [InlineData("/adhesion?groupement=%3Cscript%3E", "Groupement introuvable")]
    [InlineData("/suivi/%3Cscript%3E", "Dossier introuvable")]
    public async Task Unknown_addresses_get_a_friendly_French_404_page(string path, string title)
    {
        var response = await host.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.DoesNotContain("<script>", html);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task An_invalid_invitation_token_says_the_link_is_no_longer_valid()
    {
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "Groupement aux liens renouvelés");
        var response = await host.CreateClient().GetAsync($"/adhesion?groupement={gid}&jeton=faux-jeton");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Lien d&#39;invitation non valide", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Groupement_names_are_HTML_escaped()
    {
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "Écoles <script>alert(1)</script> & \"Cie\"");
        var html = await (await host.CreateClient().GetAsync($"/adhesion?groupement={gid}")).Content.ReadAsStringAsync();

        Assert.Contains("Écoles &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Cie&quot;", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task After_the_deadline_the_page_says_submissions_are_closed_and_shows_no_form()
    {
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "Groupement clos", new DateOnly(2020, 1, 10));
        var html = await (await host.CreateClient().GetAsync($"/adhesion?groupement={gid}")).Content.ReadAsStringAsync();

        Assert.Contains("Dépôts clos", html);
        Assert.Contains("10 janvier 2020", html);
        Assert.DoesNotContain("formulaire-adhesion", html);
    }

    [Fact]
    public async Task Follow_up_page_is_a_shell_whose_script_reads_the_token_from_the_fragment()
    {
        var response = await host.CreateClient().GetAsync("/suivi/0123456789abcdef0123456789abcdef");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Suivi de votre adhésion</h1>", html);
        Assert.Contains("data-adhesion=\"0123456789abcdef0123456789abcdef\"", html);
        foreach (var label in new[] { "Déposer de nouvelles pièces", "Déclarer la réception en préfecture", "Identifiant de l&#39;acte",
                     "Déclarer la publication ou l'affichage", "Publication électronique", "Se retirer du groupement", "Historique" })
            Assert.Contains(label, html);
        Assert.Contains("src=\"/web/suivi.js?v=", html);
        AssertNoExternalResource(html);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("common.js", "text/javascript")]
    [InlineData("adhesion.js", "text/javascript")]
    [InlineData("suivi.js", "text/javascript")]
    [InlineData("site.css", "text/css")]
    public async Task Assets_are_served_by_the_app_with_their_type_and_nosniff(string name, string type)
    {
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "Groupement des ressources");
        var client = host.CreateClient();
        var page = await (await client.GetAsync("/suivi/abc")).Content.ReadAsStringAsync() +
                   await (await client.GetAsync($"/adhesion?groupement={gid}")).Content.ReadAsStringAsync();
        var url = System.Text.RegularExpressions.Regex.Match(page, $"/web/{System.Text.RegularExpressions.Regex.Escape(name)}\\?v=[0-9a-f]+").Value;
        Assert.NotEmpty(url);

        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("innerHTML", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/web/inconnu.js")).StatusCode);
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    private static void AssertNoExternalResource(string html)
    {
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html); // no inline script: CSP script-src 'self'
    }
}
