using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Groupement.Functions.Tests.Hosting;
using MimeKit;

namespace Groupement.Functions.Tests.Web;

/// <summary>Sets up groupements and invitations through the real API, and reads the links the emails carry.</summary>
internal static partial class PageScenario
{
    public const string MemberSiren = "214901159";
    public const string MemberName = "Commune de Beaucouzé";

    public static async Task<(string Id, string CoordinatorKey)> CreateGroupementAsync(GroupementHost host, string name,
        DateOnly? joinDeadline = null)
    {
        var deadline = joinDeadline ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        using var admin = host.ClientWith(host.AdminKey);
        var response = await admin.PostAsJsonAsync("/api/groupements", new
        {
            name,
            coordinator = new { name = "Rectorat de l'académie de Nantes", siren = "174400088", email = "coordination@ac-test.fr" },
            joinDeadline = deadline.ToString("yyyy-MM-dd"),
            marketStart = deadline.AddMonths(6).ToString("yyyy-MM-dd"),
            firstPeriodMonths = 24, renewals = 1, renewalMonths = 24, withdrawalNoticeMonths = 2,
            reviewers = new[] { "relecture@ac-test.fr" }, keywords = new[] { "ENT", "groupement" },
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = JsonDocument.Parse(text);
        return (json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("coordinatorKey").GetString()!);
    }

    /// <summary>Invites the member and returns the path and query of the personal link found in the invitation email.</summary>
    public static async Task<string> InviteAsync(GroupementHost host, string gid, string coordinatorKey, string email = "mairie@beaucouze-test.fr")
    {
        using var coordinator = host.ClientWith(coordinatorKey);
        var response = await coordinator.PostAsJsonAsync($"/api/groupements/{gid}/invitations",
            new[] { new { siren = MemberSiren, name = MemberName, email } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        foreach (var file in Directory.GetFiles(host.Outbox, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.Headers["X-Notification-Kind"] != "invitation" || !message.To.Mailboxes.Any(m => m.Address == email)) continue;
            var match = InvitationLink().Match(message.TextBody ?? "");
            if (match.Success && match.Groups[1].Value.Contains(gid, StringComparison.Ordinal)) return match.Groups[1].Value;
        }
        throw new InvalidOperationException("No invitation email with a link for " + gid);
    }

    /// <summary>Waits (up to two minutes) until the adhésion reaches the status, as its coordinator reads it.</summary>
    public static async Task WaitForStatusAsync(GroupementHost host, string aid, string coordinatorKey, string status)
    {
        using var coordinator = host.ClientWith(coordinatorKey);
        var last = "";
        for (var i = 0; i < 240 && last != status; i++)
        {
            if (i > 0) await Task.Delay(500);
            using var json = JsonDocument.Parse(await coordinator.GetStringAsync($"/api/adhesions/{aid}"));
            last = json.RootElement.GetProperty("status").GetString()!;
        }
        Assert.Equal(status, last);
    }

    [GeneratedRegex(@"https?://[^/\s]+(/adhesion\?groupement=[^\s>""]+)")]
    private static partial Regex InvitationLink();
}
