using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Groupement.Functions.Tests.Workflow;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Web.Console;

/// <summary>
/// The console over a campaign of 1,500 dossiers (seeded through the storage layer), one of them a real submission
/// with its délibération: pages of 50, tabs, filters and search served by the API; the keyboard alone; axe on every
/// view; the screenshots of the documentation (set GROUPEMENT_SCREENSHOTS=docs/images to write them there).
/// </summary>
public sealed class ConsoleScaleTests(KestrelGroupementHost host, ITestOutputHelper output) : IClassFixture<KestrelGroupementHost>
{
    private const int Count = 1500;

    [ChromiumFact]
    public async Task Console_lists_filters_and_opens_one_of_1500_dossiers_with_the_keyboard_alone()
    {
        var baseUrl = host.BaseAddress;
        var (gid, key) = await PageScenario.CreateGroupementAsync(host, "e-primo 2026");
        var reviewer = $"sophie.leroy.{Guid.NewGuid():N}"[..21] + "@ac-test.fr";
        await ConsoleScenario.AddStaffAsync(host, gid, "Sophie Leroy", reviewer, "manager");
        var real = WorkflowApi.NewSubmission(deliberationText: (commune, _) => Deliberations.QuorumNotMetText(commune), commune: "Bellevigne-les-Tilleuls");
        var (aid, _) = await ConsoleScenario.SubmitAsync(host, gid, real);
        var view = await ConsoleScenario.WaitForStatusAsync(host, aid, key, "UnderReview");
        var reference = view.GetProperty("reference").GetString()!;
        var prefix = reference[..reference.IndexOf('-', StringComparison.Ordinal)];
        var seeded = await ConsoleSeed.SeedAsync(host, gid, prefix, Count - 1, firstNumber: 2);
        using (var coordinator = host.ClientWith(key))
        {
            var invited = await coordinator.PostAsJsonAsync($"/api/groupements/{gid}/invitations", new[]
            {
                new { siren = Sirens.NewCommune(), name = "Commune de Chalonnes-sur-Loire", email = "mairie@chalonnes-test.fr" },
                new { siren = Sirens.NewCommune(), name = "Commune de Rochefort-sur-Loire", email = "mairie@rochefort-test.fr" },
                new { siren = Sirens.NewCommune(), name = "Commune de Denée", email = "mairie@denee-test.fr" },
            });
            Assert.True(invited.IsSuccessStatusCode, await invited.Content.ReadAsStringAsync());
        }

        await using var browser = await DesktopBrowser.StartAsync(baseUrl);
        var page = await browser.NewPageAsync();
        await ConsoleScenario.SignInAsync(host, baseUrl, page, reviewer);

        // Tableau de bord.
        await Assertions.Expect(page.Locator(".compteurs li").First).ToContainTextAsync("1 500");
        await Assertions.Expect(page.Locator("svg.graphique rect.barre").First).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=titre-invites]")).ToContainTextAsync("Commune de Denée");
        await Assertions.Expect(page.Locator("ol.echeances li")).Not.ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page, "tableau de bord, 1 500 dossiers");
        await Screenshot(page, "console-tableau-de-bord");

        // Keyboard only from here: Tab to the "Dossiers" link, Enter.
        await TabToAsync(page, "#navigation a[data-vue=dossiers]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dossiers", Level = 1 })).ToBeFocusedAsync();
        var rows = page.Locator("table.dossiers tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator("#resultat-dossiers")).ToHaveTextAsync("1 500 dossiers, 50 affichés");
        await Assertions.Expect(page.Locator(".onglets [aria-current=page]")).ToContainTextAsync("Tous (1 500)");
        await Axe.AssertNoViolationsAsync(page, "dossiers, 1 500");
        await Screenshot(page, "console-dossiers", fullPage: false);

        // The next page, then a tab, through the keyboard.
        await TabToAsync(page, "#charger-plus");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(rows).ToHaveCountAsync(100);
        await Assertions.Expect(page.Locator("#resultat-dossiers")).ToHaveTextAsync("1 500 dossiers, 100 affichés");
        await Assertions.Expect(rows.Nth(50).Locator("a")).ToBeFocusedAsync();
        var changes = seeded.Count(s => s.Status == Groupement.Domain.Adhesions.AdhesionStatus.ChangesRequested);
        await TabToAsync(page, ".onglets a[href*='statut=ChangesRequested']", backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#resultat-dossiers")).ToHaveTextAsync($"{changes} dossiers, 50 affichés", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".onglets [aria-current=page]")).ToBeFocusedAsync();
        Assert.Contains("statut=ChangesRequested", page.Url, StringComparison.Ordinal);

        // Search the real dossier by name among 1,500, with a blocking finding, in the UnderReview tab.
        await TabToAsync(page, ".onglets a[href*='statut=UnderReview']", backwards: true);
        await page.Keyboard.PressAsync("Enter");
        var underReview = seeded.Count(s => s.Status == Groupement.Domain.Adhesions.AdhesionStatus.UnderReview) + 1;
        await Assertions.Expect(page.Locator("#resultat-dossiers")).ToHaveTextAsync(new Regex("^" + string.Join("\\D?", underReview.ToString(System.Globalization.CultureInfo.InvariantCulture).ToCharArray()) + " dossiers, 50 affichés$"));
        await Assertions.Expect(page.Locator(".onglets [aria-current=page]")).ToBeFocusedAsync();
        await TabToAsync(page, "#filtre-q");
        await page.Keyboard.TypeAsync("Bellevigne");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(rows).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(rows.First).ToContainTextAsync(reference);
        await TabToAsync(page, $"table.dossiers a[href$='{aid}']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".constat-error blockquote")).ToContainTextAsync("Présents : 7");
        await Axe.AssertNoViolationsAsync(page, "dossier");
        await Screenshot(page, "console-dossier", fullPage: false);

        // A decision with the keyboard: the request-changes radio, the comment, Enter on the button.
        await TabToAsync(page, "#decision-approve");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("#decision-request-changes")).ToBeCheckedAsync();
        await TabToAsync(page, "#decision-commentaire");
        await page.Keyboard.TypeAsync("Joignez la délibération de la seconde séance.");
        await TabToAsync(page, "form[aria-labelledby=titre-examen] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#etat-dossier")).ToContainTextAsync("Compléments demandés", new() { Timeout = 60_000 });

        // Filters on a seeded one: a commune of Maine-et-Loire with a blocking finding, opened from the list.
        var target = seeded.First(s => s.Errors > 0 && s.Departement == "49" && s.Status == Groupement.Domain.Adhesions.AdhesionStatus.UnderReview);
        await page.GotoAsync($"/coordination/{gid}/dossiers");
        await page.GetByLabel("Constats").SelectOptionAsync("error");
        await page.GetByLabel("Type de membre").SelectOptionAsync("commune");
        await page.GetByLabel("Département").FillAsync("49");
        await page.GetByLabel("Rechercher").FillAsync(target.Siren);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(target.Reference);
        await Assertions.Expect(page.Locator(".constat-error blockquote")).ToContainTextAsync("Présents : 7");

        // The other views, each checked by axe.
        foreach (var (link, title) in new[] { ("Invitations", "Invitations"), ("Relances", "Relances"), ("Exports", "Exports") })
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Rubriques de la console" }).GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeFocusedAsync(new() { Timeout = 60_000 }); // Relances reads every reminder of 1,500 dossiers
            await Axe.AssertNoViolationsAsync(page, title);
        }
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger les membres (CSV)" }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.Empty(browser.Problems);
    }

    /// <summary>Presses Tab (or Shift+Tab) until the element matching <paramref name="selector"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector, bool backwards = false)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector)) return;
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }
        Assert.Fail($"The keyboard never reached {selector}.");
    }

    private async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        var dir = Environment.GetEnvironmentVariable("GROUPEMENT_SCREENSHOTS") is { Length: > 0 } d ? Path.GetFullPath(d, RepositoryRoot()) : Path.GetTempPath();
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, dir == Path.GetTempPath() ? $"groupement-{name}-{Guid.NewGuid():N}.png" : name + ".png");
        await page.EvaluateAsync("() => { document.activeElement && document.activeElement.blur && document.activeElement.blur(); window.scrollTo(0, 0); }");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        output.WriteLine($"Screenshot {name}: {path}");
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "GroupementFunctions.sln"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}
