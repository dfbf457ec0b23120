using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Groupement.Functions.Tests.Documents;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Web;

/// <summary>
/// A mairie secretary on a phone (390×844): opens the invitation link, makes mistakes, corrects them, submits real
/// PDFs, keeps the follow-up link, opens it and declares the publication. Real Chromium, real host, real Azurite.
/// </summary>
public sealed class BrowserTests(KestrelGroupementHost host, ITestOutputHelper output) : IClassFixture<KestrelGroupementHost>
{
    [ChromiumFact]
    public async Task Secretary_submits_on_a_phone_then_follows_the_adhesion_with_the_link_she_kept()
    {
        var baseUrl = host.BaseAddress;
        var (gid, key) = await PageScenario.CreateGroupementAsync(host, "ENT des écoles du Maine-et-Loire");
        var invitation = await PageScenario.InviteAsync(host, gid, key);

        await using var browser = await PhoneBrowser.StartAsync(baseUrl);
        var context = browser.Context;
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        // Refused requests (the 400 of the wrong UAI) are logged by Chromium as "Failed to load resource": expected here.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) problems.Add(m.Text); };
        var refused = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400) refused.Add($"{r.Status} {r.Request.Method} {new Uri(r.Url).AbsolutePath}"); };
        page.PageError += (_, e) => problems.Add(e);

        var response = await page.GotoAsync(invitation);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("#depot")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Adhésion au groupement « ENT des écoles du Maine-et-Loire »");
        await Assertions.Expect(page.GetByLabel("Numéro SIREN")).ToHaveValueAsync(PageScenario.MemberSiren);
        await Assertions.Expect(page.GetByLabel("Adresse électronique")).ToHaveValueAsync("mairie@beaucouze-test.fr");
        await Axe.AssertNoViolationsAsync(page, "the application form");
        Assert.Matches($"/adhesion\\?groupement={gid}#jeton=.+$", page.Url); // the token left the query for the fragment

        // A first tap with required fields empty: the summary takes the focus and lists each error.
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le dossier" }).ClickAsync();
        var summary = page.Locator("#resume-erreurs");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Choisissez : Type de membre.");
        await Assertions.Expect(page.Locator("#champ-referent-name-erreur")).ToHaveTextAsync("Erreur : Renseignez : Nom et prénom.");
        await Assertions.Expect(page.GetByLabel("Nom et prénom")).ToHaveAttributeAsync("aria-invalid", "true");
        // Each line of the summary is a link to its field.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Renseignez : Nom et prénom." }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Nom et prénom")).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page, "the form with its error summary");
        await Screenshot(page, "erreurs", fullPage: false);

        await page.GetByLabel("Type de membre").SelectOptionAsync("commune");
        await page.GetByLabel("Code INSEE (facultatif)").FillAsync("49020");
        await page.GetByLabel("Nom et prénom").FillAsync("Marie Dupont");
        await page.GetByLabel("Téléphone (facultatif)").FillAsync("02 41 00 00 00");
        await page.GetByLabel("Nom de l'école").FillAsync("École Jacques Prévert");
        await page.GetByLabel("Code UAI (facultatif)").FillAsync("0490"); // wrong: the server says so next to the field
        await page.GetByLabel("Nombre de comptes").FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une école" }).ClickAsync();
        await page.Locator("#champ-needs-1-school").FillAsync("École des Grands Champs");
        await page.Locator("#champ-needs-1-accounts").FillAsync("45");
        await page.GetByLabel("Délibération du conseil").SetInputFilesAsync(Pdf("deliberation.pdf",
            "Délibération du conseil municipal de Beaucouzé : adhésion au groupement de commandes ENT, autorise le maire à signer la convention."));
        await page.GetByLabel("Convention signée").SetInputFilesAsync(Pdf("convention.pdf", "Convention constitutive du groupement de commandes, signée."));
        await page.GetByLabel("Annexes (facultatif)").SetInputFilesAsync(new[] { Pdf("annexe-2.pdf", "Annexe 2 : besoins des écoles.") });
        await Screenshot(page, "formulaire");
        var small = await page.EvaluateAsync<string[]>("""
            Array.from(document.querySelectorAll('button, select, summary, input:not([type=radio]):not([type=checkbox]):not([type=hidden])'))
              .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)
              .map(e => (e.id || e.textContent.trim()) + ' ' + e.getBoundingClientRect().height)
            """);
        Assert.Empty(small); // touch targets of at least 44 px
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth")); // no sideways scrolling
        await Shot(page.Locator("#besoins"), "besoins");
        await Shot(page.Locator("fieldset:has(#champ-deliberation)"), "pieces");

        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le dossier" }).ClickAsync();
        await Assertions.Expect(page.Locator("#champ-needs-0-uai-erreur")).ToContainTextAsync("UAI", new() { Timeout = 30_000 });
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#etat-envoi")).ToHaveTextAsync("Le dossier n'a pas été déposé.");

        await page.Locator("#champ-needs-0-uai").FillAsync("0490001K");
        await Assertions.Expect(page.Locator("#champ-needs-0-uai-erreur")).ToBeEmptyAsync(); // an edited field drops its old error
        // A double tap: one adhésion only (the button is busy, and the Idempotency-Key is the same anyway).
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le dossier" }).DblClickAsync();
        var confirmation = page.Locator("#confirmation");
        await Assertions.Expect(confirmation).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(confirmation.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Dossier déposé");
        await Assertions.Expect(confirmation).ToBeFocusedAsync();
        await Assertions.Expect(confirmation).ToContainTextAsync("Conservez ce lien de suivi.");
        var followUp = await page.Locator("#lien-suivi").GetAttributeAsync("href");
        Assert.Matches($"^{Regex.Escape(baseUrl.ToString().TrimEnd('/'))}/suivi/[0-9a-f]{{32}}#jeton=.+", followUp);
        var aid = Regex.Match(followUp!, "/suivi/([0-9a-f]{32})#").Groups[1].Value;
        var number = await page.Locator("#confirmation-numero").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(number)); // the short reference when the API gives one, else the id
        await Axe.AssertNoViolationsAsync(page, "the confirmation");
        Assert.Empty(await page.EvaluateAsync<string[]>("Object.keys(localStorage).concat(Object.keys(sessionStorage))"));
        await Screenshot(page, "confirmation", fullPage: false);

        // The link she kept, opened later in a fresh tab: only what she may do now.
        var follow = await context.NewPageAsync();
        follow.PageError += (_, e) => problems.Add(e);
        await follow.GotoAsync(followUp!);
        await Assertions.Expect(follow.Locator("#statut")).ToHaveTextAsync(new Regex("^(Déposé, en cours d'analyse|En cours d'examen par le coordonnateur)$"), new() { Timeout = 30_000 });
        await Assertions.Expect(follow.Locator("#reference")).ToHaveTextAsync(number!);
        await Assertions.Expect(follow.Locator("#documents")).ToContainTextAsync("Délibération : deliberation.pdf");
        await Assertions.Expect(follow.Locator("#besoins")).ToContainTextAsync("École des Grands Champs");
        await Assertions.Expect(follow.Locator("#historique")).ToContainTextAsync("Dossier déposé");
        await Assertions.Expect(follow.Locator("#action-prefecture")).ToBeHiddenAsync();
        await Assertions.Expect(follow.Locator("#action-publication")).ToBeHiddenAsync();
        await Assertions.Expect(follow.Locator("#demande")).ToBeHiddenAsync();
        await PageScenario.WaitForStatusAsync(host, aid, key, "UnderReview");
        await follow.ReloadAsync();
        await Assertions.Expect(follow.Locator("#statut")).ToHaveTextAsync("En cours d'examen par le coordonnateur", new() { Timeout = 30_000 });
        await Axe.AssertNoViolationsAsync(follow, "the follow-up under review");
        await Screenshot(follow, "suivi-examen", fullPage: false);

        // Approved: the next step is the prefecture receipt, then the publication, one at a time.
        using (var coordinator = host.ClientWith(key))
        {
            var approve = await coordinator.PostAsJsonAsync($"/api/adhesions/{aid}/review",
                new { decision = "approve", comment = "Pièces vérifiées.", overrideFindings = true });
            Assert.Equal(System.Net.HttpStatusCode.Accepted, approve.StatusCode);
        }
        await PageScenario.WaitForStatusAsync(host, aid, key, "AwaitingPrefecture");
        await follow.ReloadAsync();
        var receipt = follow.Locator("form[data-action=prefecture-receipt]");
        await Assertions.Expect(receipt).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(follow.Locator("#action-publication")).ToBeHiddenAsync();
        await Assertions.Expect(follow.Locator("#action-documents")).ToBeHiddenAsync();
        await Axe.AssertNoViolationsAsync(follow, "the follow-up awaiting the prefecture");
        await receipt.GetByLabel("Identifiant de l'acte").FillAsync($"049-{PageScenario.MemberSiren}-20260202-2026_011-DE");
        await receipt.GetByLabel("Date de réception en préfecture").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"));
        await receipt.GetByRole(AriaRole.Button, new() { Name = "Déclarer la réception" }).ClickAsync();
        await Assertions.Expect(follow.Locator("#annonce-action")).ToContainTextAsync("Réception en préfecture enregistrée.", new() { Timeout = 30_000 });
        var publication = follow.Locator("form[data-action=publication]");
        await Assertions.Expect(publication).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(follow.Locator("#action-prefecture")).ToBeHiddenAsync();

        // Declaring the publication: first without the mode (error next to the field), then complete.
        await publication.GetByLabel("Date de publication ou d'affichage").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"));
        await publication.GetByRole(AriaRole.Button, new() { Name = "Déclarer la publication" }).ClickAsync();
        await Assertions.Expect(publication.Locator("[data-error-for=mode]")).ToHaveTextAsync("Erreur : Choisissez : Mode de publication.");
        await Axe.AssertNoViolationsAsync(follow, "the publication form with an error");
        await publication.GetByRole(AriaRole.Radio, new() { Name = "Affichage", Exact = true }).CheckAsync();
        await publication.GetByRole(AriaRole.Button, new() { Name = "Déclarer la publication" }).ClickAsync();
        await Assertions.Expect(follow.Locator("#annonce-action")).ToContainTextAsync("Publication enregistrée.", new() { Timeout = 30_000 });
        await Assertions.Expect(follow.Locator("#statut")).ToHaveTextAsync("Membre du groupement", new() { Timeout = 120_000 });
        await Assertions.Expect(follow.Locator("#historique")).ToContainTextAsync("Publication déclarée");
        await Assertions.Expect(follow.Locator("#prefecture")).ToContainTextAsync("Affichage");
        await Axe.AssertNoViolationsAsync(follow, "the follow-up of an enrolled member");
        await follow.EvaluateAsync("window.scrollTo(0, 0)");
        await Screenshot(follow, "suivi-haut", fullPage: false);
        await Screenshot(follow, "suivi");
        await Shot(follow.Locator("section:has(#historique)"), "suivi-historique");

        // A wrong fragment never shows the dossier.
        var stranger = await context.NewPageAsync();
        await stranger.GotoAsync($"/suivi/{aid}#jeton=faux");
        await Assertions.Expect(stranger.Locator("#chargement")).ToContainTextAsync("n'est pas valide", new() { Timeout = 30_000 });
        await Assertions.Expect(stranger.Locator("#dossier")).ToBeHiddenAsync();

        Assert.Empty(problems); // no script error, no CSP violation
        Assert.Equal([$"400 POST /api/groupements/{gid}/adhesions"], refused);
        Assert.Equal(1, await CountAdhesionsAsync(gid, key));
        Assert.Equal(1, await SubmittedInvitationsAsync(gid, key)); // the page sent the invitation token as Bearer
        Assert.Contains($"/suivi/{aid}", await ReceiptLinkAsync(aid));
    }

    private static FilePayload Pdf(string name, string text) => new() { Name = name, MimeType = "application/pdf", Buffer = TestPdfs.Make(text) };

    private async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(Path.GetTempPath(), $"groupement-page-{name}-{Guid.NewGuid():N}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 1000);
        output.WriteLine($"Screenshot {name}: {path}");
    }

    private async Task Shot(ILocator part, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"groupement-page-{name}-{Guid.NewGuid():N}.png");
        await part.ScreenshotAsync(new() { Path = path });
        output.WriteLine($"Screenshot {name}: {path}");
    }

    private async Task<int> CountAdhesionsAsync(string gid, string key)
    {
        using var coordinator = host.ClientWith(key);
        using var json = System.Text.Json.JsonDocument.Parse(await coordinator.GetStringAsync($"/api/groupements/{gid}/adhesions"));
        return json.RootElement.GetProperty("count").GetInt32();
    }

    private async Task<int> SubmittedInvitationsAsync(string gid, string key)
    {
        using var coordinator = host.ClientWith(key);
        using var json = System.Text.Json.JsonDocument.Parse(await coordinator.GetStringAsync($"/api/groupements/{gid}"));
        return json.RootElement.GetProperty("invitations").GetProperty("submitted").GetInt32();
    }

    /// <summary>The link of the submission receipt email (written by the orchestration, so waited for).</summary>
    private async Task<string> ReceiptLinkAsync(string aid)
    {
        for (var i = 0; i < 120; i++)
        {
            foreach (var file in Directory.GetFiles(host.Outbox, "*.eml"))
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.Headers["X-Notification-Kind"] == "submission-received" && (message.TextBody ?? "").Contains(aid, StringComparison.Ordinal))
                    return message.TextBody!;
            }
            await Task.Delay(500);
        }
        return "";
    }
}
