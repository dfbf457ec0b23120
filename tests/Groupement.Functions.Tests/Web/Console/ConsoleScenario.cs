using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Groupement.Functions.Tests.Hosting;
using Groupement.Functions.Tests.Workflow;
using Microsoft.Playwright;
using MimeKit;

namespace Groupement.Functions.Tests.Web.Console;

/// <summary>Staff, submissions and sign-in links through the real API and the pickup folder, for the console's tests.</summary>
internal static partial class ConsoleScenario
{
    public static async Task AddStaffAsync(GroupementHost host, string gid, string name, string email, string role)
    {
        using var admin = host.ClientWith(host.AdminKey);
        var r = await admin.PostAsJsonAsync($"/api/groupements/{gid}/staff", new { name, email, role });
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    /// <summary>The sign-in link of the newest <c>sign-in</c> email to <paramref name="email"/> not in <paramref name="seen"/>, on the test host.</summary>
    public static async Task<string> SignInLinkAsync(GroupementHost host, Uri baseAddress, string email, ISet<string>? seen = null)
    {
        for (var i = 0; i < 120; i++)
        {
            foreach (var file in Directory.GetFiles(host.Outbox, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
            {
                if (seen is not null && seen.Contains(file)) continue;
                var message = await MimeMessage.LoadAsync(file);
                if (message.Headers["X-Notification-Kind"] != "sign-in" || !message.To.Mailboxes.Any(m => m.Address == email)) continue;
                var match = SignInLink().Match(message.TextBody ?? message.HtmlBody ?? "");
                if (!match.Success) continue;
                seen?.Add(file);
                return new Uri(baseAddress, match.Groups[1].Value).ToString();
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException("No sign-in email for " + email);
    }

    /// <summary>Asks for a link through the API (not the page) and opens it: for tests whose subject is elsewhere.</summary>
    public static async Task SignInAsync(GroupementHost host, Uri baseAddress, IPage page, string email)
    {
        var seen = Directory.GetFiles(host.Outbox, "*.eml").ToHashSet(StringComparer.Ordinal);
        var r = await host.CreateClient().PostAsJsonAsync("/api/auth/links", new { email });
        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
        await page.GotoAsync(await SignInLinkAsync(host, baseAddress, email, seen));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/coordination/[0-9a-f]+/tableau-de-bord$"), new() { Timeout = 30_000 });
    }

    public static async Task<(string Aid, string Token)> SubmitAsync(GroupementHost host, string gid, Submission s)
    {
        using var form = s.ToForm();
        var r = await host.CreateClient().PostAsync($"/api/groupements/{gid}/adhesions", form);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Accepted, text);
        using var json = JsonDocument.Parse(text);
        return (json.RootElement.GetProperty("adhesionId").GetString()!, json.RootElement.GetProperty("accessToken").GetString()!);
    }

    public static async Task<JsonElement> WaitForStatusAsync(GroupementHost host, string aid, string key, string status)
    {
        using var coordinator = host.ClientWith(key);
        JsonElement last = default;
        for (var i = 0; i < 360; i++)
        {
            if (i > 0) await Task.Delay(250);
            last = JsonDocument.Parse(await coordinator.GetStringAsync($"/api/adhesions/{aid}")).RootElement;
            if (last.GetProperty("status").GetString() == status) return last;
        }
        throw new TimeoutException($"{aid} never reached {status}: {last}");
    }

    /// <summary>The emails of a kind in the pickup folder (to check that nothing was sent).</summary>
    public static async Task<int> CountEmailsAsync(GroupementHost host, string kind)
    {
        var n = 0;
        foreach (var file in Directory.GetFiles(host.Outbox, "*.eml"))
            if ((await MimeMessage.LoadAsync(file)).Headers["X-Notification-Kind"] == kind) n++;
        return n;
    }

    [GeneratedRegex(@"https?://[^/\s]+(/connexion#jeton=[^\s<>""]+)")]
    private static partial Regex SignInLink();
}
