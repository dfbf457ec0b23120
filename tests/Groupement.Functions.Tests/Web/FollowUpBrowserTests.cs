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
        // The request and its comment come first, right under the status, as text (never markup).
        var request = page.Locator("#demande");
        await Assertions.Expect(request).ToBeVisibleAsync();
        await Assertions.Expect(request.Locator("#demande-commentaire")).ToHaveTextAsync("Joignez la délibération signée <b>et</b> tamponnée.");
        await Assertions.Expect(page.Locator("#dossier b")).ToHaveCountAsync(0);
        var order = await page.EvaluateAsync<string[]>(
            "Array.from(document.querySelectorAll('#statut, #demande, #dossier > section.panel[id]:not([hidden])')).map(e => e.id)");
        Assert.Equal(["statut", "demande", "action-documents"], order[..3]);
        var top = await page.Locator("#demande-commentaire").BoundingBoxAsync();
        Assert.True(top!.Y + top.Height < 844, $"the comment is below the first screen of the phone ({top.Y})");
        // Only what the API allows now: new documents (and the withdrawal of the application, last); no prefecture, no publication.
        await Assertions.Expect(page.Locator("#action-documents")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#titre-action-documents")).ToHaveTextAsync("Envoyer de nouvelles pièces");
        await Assertions.Expect(page.Locator("#action-prefecture")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#action-publication")).ToBeHiddenAsync();
        var shown = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('[data-allowed]:not([hidden])')).map(e => e.dataset.allowed)");
        using (var member = host.ClientWith(token))
        using (var json = JsonDocument.Parse(await member.GetStringAsync($"/api/adhesions/{aid}")))
            Assert.Equal(json.RootElement.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Order(), shown.Order());
        // Only the emails sent to the member: never the reviewers' notifications or addresses.
        await Assertions.Expect(page.Locator("#courriels")).ToContainTextAsync("Demande de compléments", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#courriels")).Not.ToContainTextAsync("Dossier à examiner");
        await Assertions.Expect(page.Locator("#courriels")).Not.ToContainTextAsync("relecture@ac-test.fr");
        await Axe.AssertNoViolationsAsync(page, "the follow-up after a request for changes");

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
        await Assertions.Expect(page.Locator("#demande")).ToBeHiddenAsync(); // answered: the request is no longer the status
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
        await Assertions.Expect(page.Locator("#statut")).ToHaveTextAsync("Membre du groupement", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#prefecture")).ToContainTextAsync($"049-{PageScenario.MemberSiren}-20260202-2026_011-DE");
        await Assertions.Expect(page.Locator("#prefecture")).ToContainTextAsync("Publication électronique");
        await Assertions.Expect(page.Locator("#action-prefecture")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#action-documents")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#titre-action-retrait")).ToHaveTextAsync("Se retirer du groupement");
        await Axe.AssertNoViolationsAsync(page, "the follow-up of an enrolled member");

        var withdrawal = page.Locator("form[data-action=withdrawal]");
        await withdrawal.GetByRole(AriaRole.Button, new() { Name = "Demander le retrait" }).ClickAsync();
        await Assertions.Expect(withdrawal.Locator("[data-error-for=confirm]")).ToHaveTextAsync("Erreur : Cochez : Je confirme la demande de retrait au nom du membre.");
        await Axe.AssertNoViolationsAsync(page, "the follow-up of an enrolled member, withdrawal error");
        await withdrawal.GetByLabel("Je confirme la demande de retrait au nom du membre.").CheckAsync();
        await withdrawal.GetByRole(AriaRole.Button, new() { Name = "Demander le retrait" }).ClickAsync();
        var summary = withdrawal.Locator("[data-summary]");
        await Assertions.Expect(summary).ToContainTextAsync("fenêtre", new() { Timeout = 30_000 }); // the window opens near the end of the first period
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#statut")).ToHaveTextAsync("Membre du groupement");
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

    private Task WaitForStatusAsync(string aid, string key, string status) => PageScenario.WaitForStatusAsync(host, aid, key, status);
}
