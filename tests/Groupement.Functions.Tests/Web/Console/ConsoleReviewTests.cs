using System.Text.RegularExpressions;
using Groupement.Functions.Tests.Workflow;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Web.Console;

/// <summary>
/// A reviewer signs in with the emailed link, finds the dossier with a blocking finding, reads the quoted passage and
/// asks for changes; the mairie sends a new délibération from its follow-up page; the reviewer approves. Real
/// Chromium, real host and engine, real Azurite, real PDFs read by the analysis.
/// </summary>
public sealed class ConsoleReviewTests(KestrelGroupementHost host, ITestOutputHelper output) : IClassFixture<KestrelGroupementHost>
{
    private readonly string Reviewer = $"claire.martin.{Guid.NewGuid():N}"[..22] + "@ac-test.fr";

    [ChromiumFact]
    public async Task Reviewer_signs_in_by_link_requests_changes_and_approves_once_the_mairie_has_resubmitted()
    {
        var baseUrl = host.BaseAddress;
        var (gid, key) = await PageScenario.CreateGroupementAsync(host, "ENT des écoles de l'Anjou");
        await ConsoleScenario.AddStaffAsync(host, gid, "Claire Martin", Reviewer, "reviewer");
        var faulty = WorkflowApi.NewSubmission(deliberationText: (commune, _) => Deliberations.QuorumNotMetText(commune), commune: "Montreuil-Juigné");
        var (aid, memberToken) = await ConsoleScenario.SubmitAsync(host, gid, faulty);
        var clean = WorkflowApi.NewSubmission(commune: "Avrillé");
        var (cleanAid, _) = await ConsoleScenario.SubmitAsync(host, gid, clean);
        var faultyView = await ConsoleScenario.WaitForStatusAsync(host, aid, key, "UnderReview");
        await ConsoleScenario.WaitForStatusAsync(host, cleanAid, key, "UnderReview");
        var reference = faultyView.GetProperty("reference").GetString()!;

        await using var browser = await DesktopBrowser.StartAsync(baseUrl);
        var page = await browser.NewPageAsync();

        // Sign-in: the address, the neutral answer, the link from the .eml, the fragment gone from the address bar.
        var seen = Directory.GetFiles(host.Outbox, "*.eml").ToHashSet(StringComparer.Ordinal);
        await page.GotoAsync("/connexion");
        await Axe.AssertNoViolationsAsync(page, "connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(Reviewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir un lien de connexion" }).ClickAsync();
        await Assertions.Expect(page.Locator("#etat")).ToContainTextAsync("Si l'adresse est connue, un lien vous a été envoyé");
        var link = await ConsoleScenario.SignInLinkAsync(host, baseUrl, Reviewer, seen);
        await page.GotoAsync(link);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/coordination/{gid}/tableau-de-bord$"), new() { Timeout = 30_000 });
        Assert.DoesNotContain("jeton", page.Url, StringComparison.Ordinal);
        Assert.Equal("", await page.EvaluateAsync<string>("location.hash"));
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord", Level = 1 });
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#personne")).ToContainTextAsync("Claire Martin");
        await Assertions.Expect(page.Locator(".compteurs")).ToContainTextAsync("Tous les dossiers");
        await Axe.AssertNoViolationsAsync(page, "tableau de bord");

        // The list, filtered on blocking findings: only the faulty dossier.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Rubriques de la console" }).GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dossiers", Level = 1 })).ToBeFocusedAsync();
        var rows = page.Locator("table.dossiers tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Axe.AssertNoViolationsAsync(page, "dossiers");
        await page.GetByLabel("Constats").SelectOptionAsync("error");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Montreuil-Juigné");
        await Assertions.Expect(rows.First).ToContainTextAsync("bloquant");
        Assert.Contains("constats=error", page.Url, StringComparison.Ordinal);

        // The dossier: the quorum finding beside the délibération, with its quoted passage and page.
        await rows.First.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/coordination/{gid}/dossiers/{aid}$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
        var finding = page.Locator(".constat-error").Filter(new() { HasText = "quorum" });
        await Assertions.Expect(finding).ToHaveCountAsync(1);
        await Assertions.Expect(finding.Locator("blockquote")).ToContainTextAsync("Présents : 7");
        await Assertions.Expect(finding.Locator("figcaption")).ToContainTextAsync("page 1");
        await Assertions.Expect(page.Locator("iframe.visionneuse")).ToHaveAttributeAsync("src", new Regex($"/api/adhesions/{aid}/documents/[0-9a-f]{{64}}"));
        await Axe.AssertNoViolationsAsync(page, "dossier");
        await Screenshot(page, "dossier-erreur");

        // Request changes: the comment is required, then the status follows.
        var decision = page.Locator("form[aria-labelledby=titre-examen]");
        await decision.GetByLabel("Demander des compléments").CheckAsync();
        await decision.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(decision.Locator("#decision-commentaire-erreur")).ToHaveTextAsync("Erreur : indiquez les compléments attendus.");
        await Assertions.Expect(decision.GetByLabel("Commentaire")).ToBeFocusedAsync();
        await decision.GetByLabel("Commentaire").FillAsync("Le quorum n'est pas atteint (7 présents sur 19) : joignez la délibération de la seconde séance.");
        await decision.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#etat-dossier")).ToContainTextAsync("Compléments demandés", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("section[aria-labelledby=titre-historique]")).ToContainTextAsync(Reviewer);

        // The mairie answers from its follow-up page, on its phone.
        await using (var phone = await PhoneBrowser.StartAsync(baseUrl))
        {
            var suivi = await phone.Context.NewPageAsync();
            await suivi.GotoAsync($"/suivi/{aid}#jeton={Uri.EscapeDataString(memberToken)}");
            await Assertions.Expect(suivi.Locator("#statut")).ToHaveTextAsync("Compléments demandés", new() { Timeout = 30_000 });
            var documents = suivi.Locator("form[data-action=documents]");
            await documents.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload
            {
                Name = "deliberation-seconde-seance.pdf", MimeType = "application/pdf",
                Buffer = Deliberations.Pdf(Deliberations.CleanText("Montreuil-Juigné")),
            });
            await documents.GetByRole(AriaRole.Button).Last.ClickAsync();
            await Assertions.Expect(suivi.Locator("#historique")).ToContainTextAsync("Nouvelles pièces déposées", new() { Timeout = 120_000 });
        }
        await ConsoleScenario.WaitForStatusAsync(host, aid, key, "UnderReview");

        // Back in the console: no blocking finding left, the reviewer approves.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#etat-dossier")).ToContainTextAsync("En cours d'examen");
        await Assertions.Expect(page.Locator(".constat-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".pieces")).ToContainTextAsync("deliberation-seconde-seance.pdf");
        await decision.GetByLabel("Approuver").CheckAsync();
        await Assertions.Expect(page.Locator(".lever")).ToBeHiddenAsync();
        await decision.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#etat-dossier")).ToContainTextAsync("Accepté", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#titre-decision + *")).Not.ToContainTextAsync("Examiner le dossier");
        var history = page.Locator("section[aria-labelledby=titre-historique] tbody tr").First;
        await Assertions.Expect(history).ToContainTextAsync(Reviewer);
        await Axe.AssertNoViolationsAsync(page, "dossier accepté");

        Assert.Empty(browser.Problems);
    }

    private async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"groupement-console-{name}-{Guid.NewGuid():N}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"Screenshot {name}: {path}");
    }
}
