using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Groupement.Functions.Tests.Documents;
using Microsoft.Playwright;

namespace Groupement.Functions.Tests.Web;

/// <summary>The follow-up page when the coordinator asks for changes: the member sees why, makes a mistake, sends a new délibération.</summary>
public sealed class FollowUpBrowserTests(KestrelGroupementHost host) : IClassFixture<KestrelGroupementHost>
{
    [ChromiumFact]
    public async Task Member_answers_a_request_for_changes_from_the_follow_up_page()
    {
        var baseUrl = host.BaseAddress;
        var (gid, key) = await PageScenario.CreateGroupementAsync(host, "Groupement ENT 2027");
        var (aid, token) = await SubmitAsync(gid);
        await WaitForStatusAsync(aid, key, "UnderReview");
        using (var coordinator = host.ClientWith(key))
        {
            var review = await coordinator.PostAsJsonAsync($"/api/adhesions/{aid}/review",
                new { decision = "request-changes", comment = "Joignez la délibération signée <b>et</b> tamponnée." });
            Assert.Equal(HttpStatusCode.Accepted, review.StatusCode);
        }
        await WaitForStatusAsync(aid, key, "ChangesRequested");

        await using var browser = await PhoneBrowser.StartAsync(baseUrl);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync($"/suivi/{aid}#jeton={Uri.EscapeDataString(token)}");

        await Assertions.Expect(page.Locator("#statut")).ToHaveTextAsync("Compléments demandés", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#historique")).ToContainTextAsync("« Joignez la délibération signée <b>et</b> tamponnée. »");
        await Assertions.Expect(page.Locator("#historique b")).ToHaveCountAsync(0); // shown as text, never as markup
        await Assertions.Expect(page.Locator("#action-documents")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#action-retrait")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#courriels")).ToContainTextAsync("Demande de compléments");

        // A receipt whose act identifier names another SIREN: the server's message lands next to the field.
        var receipt = page.Locator("form[data-action=prefecture-receipt]");
        await receipt.GetByLabel("Identifiant de l'acte").FillAsync("049-217500016-20260202-2026_011-DE");
        await receipt.GetByLabel("Date de réception en préfecture").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"));
        await receipt.GetByRole(AriaRole.Button, new() { Name = "Déclarer la réception" }).ClickAsync();
        var actIdError = receipt.Locator("[data-error-for=actId]");
        await Assertions.Expect(actIdError).ToContainTextAsync("Erreur : ", new() { Timeout = 30_000 });
        await Assertions.Expect(receipt.Locator("[data-summary]")).ToBeFocusedAsync();
        await Assertions.Expect(receipt.GetByLabel("Identifiant de l'acte")).ToHaveAttributeAsync("aria-invalid", "true");

        // New documents: nothing chosen first, then a new délibération.
        var documents = page.Locator("form[data-action=documents]");
        await documents.GetByRole(AriaRole.Button, new() { Name = "Envoyer les pièces" }).ClickAsync();
        await Assertions.Expect(documents.Locator("[data-error-for=deliberation]")).ToHaveTextAsync("Erreur : Joignez au moins un document PDF.");
        await documents.GetByLabel("Délibération (facultatif)").SetInputFilesAsync(new FilePayload
        {
            Name = "deliberation-tamponnee.pdf", MimeType = "application/pdf",
            Buffer = TestPdfs.Make("Délibération du conseil municipal, reçue en préfecture, autorise le maire à signer la convention."),
        });
        await documents.GetByRole(AriaRole.Button, new() { Name = "Envoyer les pièces" }).ClickAsync();
        await Assertions.Expect(page.Locator("#annonce-action")).ToContainTextAsync("Pièces envoyées", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#historique")).ToContainTextAsync("Nouvelles pièces déposées", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#documents")).ToContainTextAsync("deliberation-tamponnee.pdf");
    }

    [ChromiumFact]
    public async Task An_enrolled_member_sees_its_status_and_is_told_when_withdrawal_is_not_open()
    {
        var baseUrl = host.BaseAddress;
        var (gid, key) = await PageScenario.CreateGroupementAsync(host, "Groupement ENT enrôlement");
        var (aid, token) = await SubmitAsync(gid);
        await WaitForStatusAsync(aid, key, "UnderReview");
        using (var coordinator = host.ClientWith(key))
        {
            Assert.Equal(HttpStatusCode.Accepted, (await coordinator.PostAsJsonAsync($"/api/adhesions/{aid}/review",
                new { decision = "approve", comment = "Pièces vérifiées à la main.", overrideFindings = true })).StatusCode);
            await WaitForStatusAsync(aid, key, "AwaitingPrefecture");
            var day = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd");
            var receipt = await coordinator.PostAsJsonAsync($"/api/adhesions/{aid}/prefecture-receipt",
                new { actId = $"049-{PageScenario.MemberSiren}-20260202-2026_011-DE", receivedOn = day });
            Assert.True(receipt.StatusCode == HttpStatusCode.Accepted, await receipt.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Accepted, (await coordinator.PostAsJsonAsync($"/api/adhesions/{aid}/publication",
                new { publishedOn = day, mode = "publication-electronique" })).StatusCode);
        }
        await WaitForStatusAsync(aid, key, "Enrolled");

        await using var browser = await PhoneBrowser.StartAsync(baseUrl);
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync($"/suivi/{aid}#jeton={Uri.EscapeDataString(token)}");
        await Assertions.Expect(page.Locator("#statut")).ToHaveTextAsync("Adhésion enregistrée", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#prefecture")).ToContainTextAsync($"049-{PageScenario.MemberSiren}-20260202-2026_011-DE");
        await Assertions.Expect(page.Locator("#prefecture")).ToContainTextAsync("Publication électronique");
        await Assertions.Expect(page.Locator("#action-prefecture")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#action-documents")).ToBeHiddenAsync();

        var withdrawal = page.Locator("form[data-action=withdrawal]");
        await withdrawal.GetByRole(AriaRole.Button, new() { Name = "Demander le retrait" }).ClickAsync();
        await Assertions.Expect(withdrawal.Locator("[data-error-for=confirm]")).ToHaveTextAsync("Erreur : Cochez la case pour confirmer le retrait.");
        await withdrawal.GetByLabel("Je confirme la demande de retrait au nom du membre.").CheckAsync();
        await withdrawal.GetByRole(AriaRole.Button, new() { Name = "Demander le retrait" }).ClickAsync();
        var summary = withdrawal.Locator("[data-summary]");
        await Assertions.Expect(summary).ToContainTextAsync("fenêtre", new() { Timeout = 30_000 }); // the window opens near the end of the first period
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#statut")).ToHaveTextAsync("Adhésion enregistrée");
    }

    private async Task<(string Aid, string Token)> SubmitAsync(string gid)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { siren = PageScenario.MemberSiren, name = PageScenario.MemberName, kind = "commune" })), "member" },
            { new StringContent(JsonSerializer.Serialize(new { name = "Marie Dupont", email = "mairie@beaucouze-test.fr" })), "referent" },
            { new StringContent(JsonSerializer.Serialize(new[] { new { school = "École Jacques Prévert", accounts = 80 } })), "needs" },
            { Pdf("Délibération du conseil municipal : adhésion au groupement."), "deliberation", "deliberation.pdf" },
            { Pdf("Convention constitutive du groupement de commandes."), "convention", "convention.pdf" },
        };
        var response = await host.CreateClient().PostAsync($"/api/groupements/{gid}/adhesions", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        using var json = JsonDocument.Parse(text);
        return (json.RootElement.GetProperty("adhesionId").GetString()!, json.RootElement.GetProperty("accessToken").GetString()!);
    }

    private static ByteArrayContent Pdf(string text)
    {
        var content = new ByteArrayContent(TestPdfs.Make(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    private async Task WaitForStatusAsync(string aid, string key, string status)
    {
        using var coordinator = host.ClientWith(key);
        var last = "";
        for (var i = 0; i < 240 && last != status; i++)
        {
            if (i > 0) await Task.Delay(500);
            using var json = JsonDocument.Parse(await coordinator.GetStringAsync($"/api/adhesions/{aid}"));
            last = json.RootElement.GetProperty("status").GetString()!;
        }
        Assert.Equal(status, last);
    }
}
