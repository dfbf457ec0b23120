using Groupement.Functions.Tests.Documents;
using Microsoft.Playwright;

namespace Groupement.Functions.Tests.Web;

/// <summary>
/// The application form with the keyboard alone (RGAA 12.7 and 12.8, WCAG 2.1.1 and 2.4.7): Tab from the top of the
/// page reaches every control in order, each focused control shows a visible outline, the files are chosen from the
/// keyboard-opened file chooser, and Enter on the button submits.
/// </summary>
public sealed class KeyboardBrowserTests(KestrelGroupementHost host) : IClassFixture<KestrelGroupementHost>
{
    [ChromiumFact]
    public async Task A_secretary_fills_and_submits_the_form_with_the_keyboard_alone()
    {
        var baseUrl = host.BaseAddress;
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "Groupement au clavier");
        await using var browser = await PhoneBrowser.StartAsync(baseUrl);
        var page = await browser.Context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add(e);
        await page.GotoAsync($"/adhesion?groupement={gid}");
        await Assertions.Expect(page.Locator("#depot")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var typed = new Dictionary<string, string>
        {
            ["champ-member-siren"] = "214901159", ["champ-member-name"] = "Commune de Beaucouzé", ["champ-member-kind"] = "Commune",
            ["champ-referent-name"] = "Marie Dupont", ["champ-referent-email"] = "mairie@beaucouze-test.fr",
            ["champ-needs-0-school"] = "École Jacques Prévert", ["champ-needs-0-accounts"] = "120",
        };
        var files = new Dictionary<string, FilePayload>
        {
            ["champ-deliberation"] = Pdf("deliberation.pdf", "Délibération du conseil municipal : adhésion au groupement de commandes."),
            ["champ-convention"] = Pdf("convention.pdf", "Convention constitutive du groupement de commandes, signée."),
        };
        var visited = new List<string>();
        var unfocusable = new List<string>();
        for (var step = 0; step < 80; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("""
                (() => { const e = document.activeElement; const s = getComputedStyle(e);
                  return [e.id || e.tagName + ':' + e.textContent.trim(), s.outlineStyle, s.outlineWidth]; })()
                """);
            var id = focused[0];
            visited.Add(id);
            if (focused[1] == "none" || focused[2] is "0px" or "1px") unfocusable.Add($"{id} ({focused[1]} {focused[2]})");
            if (typed.Remove(id, out var text))
            {
                await page.Keyboard.TypeAsync(text);
            }
            else if (files.Remove(id, out var file))
            {
                var chooser = page.WaitForFileChooserAsync();
                await page.Keyboard.PressAsync("Space");
                await (await chooser).SetFilesAsync(file);
            }
            else if (id == "deposer")
            {
                break;
            }
        }
        Assert.Empty(typed); // every field was reached by Tab
        Assert.Empty(files);
        Assert.Empty(unfocusable); // the focus is always visible
        Assert.Equal("A:Aller au contenu", visited[0]); // the skip link comes first
        Assert.True(visited.IndexOf("champ-member-siren") < visited.IndexOf("champ-referent-name"), string.Join(", ", visited));
        Assert.True(visited.IndexOf("champ-referent-name") < visited.IndexOf("champ-deliberation"), string.Join(", ", visited));
        Assert.Equal("commune", await page.Locator("#champ-member-kind").InputValueAsync());

        await page.Keyboard.PressAsync("Enter");
        var confirmation = page.Locator("#confirmation");
        await Assertions.Expect(confirmation).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(confirmation).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page, "the confirmation after a keyboard submission");
        Assert.Empty(problems);
    }

    private static FilePayload Pdf(string name, string text) => new() { Name = name, MimeType = "application/pdf", Buffer = TestPdfs.Make(text) };
}
