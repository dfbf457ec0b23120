using System.Net;
using System.Text.RegularExpressions;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>Invitations: a personal link by email, and a submission made with it linked to the invitation.</summary>
public partial class InvitationTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task An_invited_member_submits_with_the_token_of_its_link()
    {
        var g = await _api.CreateGroupementAsync();
        var invited = WorkflowApi.NewSubmission();
        var other = (Siren: Sirens.NewCommune(), Email: $"mairie-{Guid.NewGuid():N}@mairie.test");
        var r = await _api.PostJsonAsync($"/api/groupements/{g.Id}/invitations", g.CoordinatorKey, new object[]
        {
            new { siren = invited.Siren, name = "Commune de " + invited.Commune, email = invited.ReferentEmail },
            new { siren = other.Siren, name = "Commune des Ormes", email = other.Email },
        });
        var answer = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.Accepted, answer.ToString());
        Assert.Equal(2, answer.GetProperty("invited").GetInt32());
        Assert.All(answer.GetProperty("invitations").EnumerateArray(), i => Assert.Equal("sent", i.GetProperty("status").GetString()));

        var mail = await Outbox.WaitForAsync(host.Outbox, invited.ReferentEmail, "invitation");
        var link = Link().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        Assert.Contains(g.Id, link.Value);
        var token = Uri.UnescapeDataString(link.Groups["token"].Value);
        Assert.Contains(link.Value, (mail.HtmlBody ?? "").Replace("&amp;", "&", StringComparison.Ordinal));
        var ics = Assert.Single(Outbox.Attachments(mail), a => a.FileName?.EndsWith(".ics", StringComparison.Ordinal) == true);
        Assert.Contains("BEGIN:VEVENT", System.Text.Encoding.UTF8.GetString(Outbox.Bytes(ics)));
        await Outbox.WaitForAsync(host.Outbox, other.Email, "invitation");

        // The link is personal: another SIREN or a made-up token is refused.
        var wrongMember = WorkflowApi.NewSubmission();
        await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, wrongMember, bearer: token), 400, "INVITATION_SIREN_MISMATCH");
        await WorkflowApi.AssertProblemAsync(await _api.PostSubmissionAsync(g.Id, invited, bearer: "jeton-inventé"), 401, "UNAUTHORIZED");

        var (aid, memberToken) = await _api.SubmitAsync(g.Id, invited, bearer: token);
        await _api.WaitForStatusAsync(aid, memberToken, "UnderReview");
        var byInvitation = await _api.GetAdhesionAsync(aid, token);
        Assert.Equal(invited.Siren, byInvitation.GetProperty("member").GetProperty("siren").GetString());

        var groupement = await WorkflowApi.JsonAsync(await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}"));
        var invitations = groupement.GetProperty("invitations");
        Assert.Equal(2, invitations.GetProperty("invited").GetInt32());
        Assert.Equal(1, invitations.GetProperty("submitted").GetInt32());
        var pending = Assert.Single(invitations.GetProperty("notSubmitted").EnumerateArray());
        Assert.Equal(other.Siren, pending.GetProperty("siren").GetString());
        Assert.Equal(1, groupement.GetProperty("counts").GetProperty("UnderReview").GetInt32());
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Invitations_are_for_the_coordinator_and_checked()
    {
        var g = await _api.CreateGroupementAsync();
        var bad = await _api.PostJsonAsync($"/api/groupements/{g.Id}/invitations", g.CoordinatorKey, new object[]
        {
            new { siren = "000000000", name = "Commune fantôme", email = "fantome@mairie.test" },
        });
        var problem = await WorkflowApi.AssertProblemAsync(bad, 400, "INVALID_SIREN");
        Assert.True(problem.GetProperty("errors").TryGetProperty("[0].siren", out _), problem.ToString());
        var badEmail = await _api.PostJsonAsync($"/api/groupements/{g.Id}/invitations", g.CoordinatorKey, new object[]
        {
            new { siren = Sirens.NewCommune(), name = "Commune des Saules", email = "pas-une-adresse" },
        });
        await WorkflowApi.AssertProblemAsync(badEmail, 400, "VALIDATION_FAILED");
        var other = await _api.CreateGroupementAsync();
        var foreign = await _api.PostJsonAsync($"/api/groupements/{g.Id}/invitations", other.CoordinatorKey, new object[]
        {
            new { siren = Sirens.NewCommune(), name = "Commune des Saules", email = "saules@mairie.test" },
        });
        await WorkflowApi.AssertProblemAsync(foreign, 404, "GROUPEMENT_NOT_FOUND");
        var groupement = await WorkflowApi.JsonAsync(await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}"));
        Assert.Equal(0, groupement.GetProperty("invitations").GetProperty("invited").GetInt32());
        host.AssertNoErrors();
    }

    [GeneratedRegex(@"https?://\S*?jeton=(?<token>[^\s&""<>]+)")]
    private static partial Regex Link();
}
