using System.Net;
using System.Text.Json;
using Groupement.Functions.Tests.Hosting;

namespace Groupement.Functions.Tests.Web;

/// <summary>
/// <c>GET /api/groupements/{gid}/adhesion-form</c>: what the static application form reads before anything is sent
/// (name, coordinator, deadline, member kinds with labels, the invited member), and its French problems.
/// </summary>
public sealed class AdhesionFormApiTests(GroupementHost host) : IClassFixture<GroupementHost>
{
    [Fact]
    public async Task The_form_gets_the_groupement_its_deadline_and_the_member_kinds_with_their_labels()
    {
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "ENT des écoles <b>2026</b>");
        var response = await host.CreateClient().GetAsync($"/api/groupements/{gid}/adhesion-form");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ENT des écoles <b>2026</b>", root.GetProperty("name").GetString()); // data, shown with textContent
        Assert.Equal("Rectorat de l'académie de Nantes", root.GetProperty("coordinator").GetProperty("name").GetString());
        Assert.True(root.GetProperty("open").GetBoolean());
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", root.GetProperty("joinDeadline").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("invitation").ValueKind);
        var kinds = root.GetProperty("memberKinds").EnumerateArray().ToDictionary(k => k.GetProperty("value").GetString()!, k => k.GetProperty("label").GetString());
        Assert.Equal(Domain.Members.MemberKinds.All.Order(), kinds.Keys.Order());
        Assert.Equal("École privée sous contrat", kinds["ecole-privee"]);
        Assert.DoesNotContain("coordinatorKey", root.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("coordination@ac-test.fr", root.GetRawText()); // no address of the coordinator to anonymous callers
    }

    [Fact]
    public async Task With_the_invitation_token_the_invited_member_is_filled_in()
    {
        var (gid, key) = await PageScenario.CreateGroupementAsync(host, "Groupement invité");
        var link = await PageScenario.InviteAsync(host, gid, key);
        var token = Uri.UnescapeDataString(System.Text.RegularExpressions.Regex.Match(link, "jeton=([^&]+)").Groups[1].Value);

        using var invited = host.ClientWith(token);
        using var json = JsonDocument.Parse(await invited.GetStringAsync($"/api/groupements/{gid}/adhesion-form"));
        var invitation = json.RootElement.GetProperty("invitation");
        Assert.Equal(PageScenario.MemberSiren, invitation.GetProperty("siren").GetString());
        Assert.Equal(PageScenario.MemberName, invitation.GetProperty("name").GetString());
        Assert.Equal("mairie@beaucouze-test.fr", invitation.GetProperty("email").GetString());

        using var forged = host.ClientWith("faux-jeton");
        var refused = await forged.GetAsync($"/api/groupements/{gid}/adhesion-form");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("INVITATION_NOT_FOUND", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("n'est pas (ou plus) valide", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("inconnu0000")]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_groupement_is_a_French_404_problem(string gid)
    {
        var response = await host.CreateClient().GetAsync($"/api/groupements/{gid}/adhesion-form");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("GROUPEMENT_NOT_FOUND", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("aucun groupement", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task After_the_deadline_the_form_is_closed_with_the_date_in_French()
    {
        var (gid, _) = await PageScenario.CreateGroupementAsync(host, "Groupement clos", new DateOnly(2020, 1, 10));
        using var json = JsonDocument.Parse(await host.CreateClient().GetStringAsync($"/api/groupements/{gid}/adhesion-form"));

        Assert.False(json.RootElement.GetProperty("open").GetBoolean());
        Assert.Contains("10 janvier 2020", json.RootElement.GetProperty("closedMessage").GetString());
    }
}
