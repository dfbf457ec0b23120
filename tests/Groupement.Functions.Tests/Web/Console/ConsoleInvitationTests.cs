using Groupement.Functions.Tests.Workflow;
using Microsoft.Playwright;

namespace Groupement.Functions.Tests.Web.Console;

/// <summary>A manager pastes a list with one bad line: the preview refuses it and nothing is sent; the corrected list goes out.</summary>
public sealed class ConsoleInvitationTests(KestrelGroupementHost host, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<KestrelGroupementHost>
{
    [ChromiumFact]
    public async Task Manager_sees_a_bad_line_refused_in_the_preview_and_nothing_is_sent_until_the_list_is_right()
    {
        var baseUrl = host.BaseAddress;
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "ENT des écoles du Saumurois");
        var manager = $"paul.bernard.{Guid.NewGuid():N}"[..21] + "@ac-test.fr";
        await ConsoleScenario.AddStaffAsync(host, gid, "Paul Bernard", manager, "manager");
        var (a, b) = (Sirens.NewCommune(), Sirens.NewCommune());
        var good = $"{a};Commune de Brézé;mairie@breze-test.fr\n{b};Commune de Montsoreau;mairie@montsoreau-test.fr";

        await using var browser = await DesktopBrowser.StartAsync(baseUrl);
        var page = await browser.NewPageAsync();
        page.Response += (_, r) => { if (r.Url.Contains("/invitations", StringComparison.Ordinal)) output.WriteLine($"{r.Status} {r.Request.Method} {r.Url}"); };
        await ConsoleScenario.SignInAsync(host, baseUrl, page, manager);
        await page.GetByRole(AriaRole.Link, new() { Name = "Invitations" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Invitations", Level = 1 })).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page, "invitations");

        await page.GetByLabel("Coller une liste").FillAsync("siren;nom;email\n" + good + "\n2149AB;Commune de Nulle-Part;mairie@nulle-part-test.fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier la liste" }).ClickAsync();
        var summary = page.Locator("#resume-apercu");
        await Assertions.Expect(summary).ToContainTextAsync("2 lignes valides, 1 ligne refusée");
        await Assertions.Expect(summary).ToContainTextAsync("Rien n'a été envoyé");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        var refused = page.Locator("#apercu tbody tr").Filter(new() { HasText = "Nulle-Part" });
        await Assertions.Expect(refused).ToContainTextAsync("refusée");
        await Assertions.Expect(refused).ToContainTextAsync("SIREN");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Envoyer") })).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page, "aperçu des invitations");
        Assert.Equal(0, await ConsoleScenario.CountEmailsAsync(host, "invitation"));

        // The bad line removed: checked again, then sent.
        await page.GetByLabel("Coller une liste").FillAsync("siren;nom;email\n" + good);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier la liste" }).ClickAsync();
        await Assertions.Expect(summary).ToContainTextAsync("2 lignes valides, 0 ligne refusée");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer les 2 invitations" }).ClickAsync();
        await Assertions.Expect(page.Locator("#apercu .resultat-action")).ToContainTextAsync("2 invitations envoyées", new() { Timeout = 60_000 });
        Assert.Equal(2, await ConsoleScenario.CountEmailsAsync(host, "invitation"));
        var pending = page.Locator("section[aria-labelledby=titre-invites]");
        await Assertions.Expect(pending).ToContainTextAsync("Commune de Brézé");

        // One click sends the invitation again.
        await pending.GetByRole(AriaRole.Button, new() { Name = "Relancer Commune de Montsoreau" }).ClickAsync();
        await Assertions.Expect(page.Locator("#annonce")).ToContainTextAsync("Invitation renvoyée à Commune de Montsoreau");
        Assert.Equal(3, await ConsoleScenario.CountEmailsAsync(host, "invitation"));
        Assert.Empty(browser.Problems);
    }
}
