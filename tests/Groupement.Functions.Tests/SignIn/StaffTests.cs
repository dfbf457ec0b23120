using System.Net;
using System.Net.Http.Json;
using Groupement.Functions.Tests.Workflow;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>A groupement's staff: added, listed and removed by the admin or its managers; roles enforced.</summary>
public class StaffTests(SignInHost host) : IClassFixture<SignInHost>
{
    private readonly WorkflowApi _api = new(host);
    private readonly StaffApi _staff = new(host);

    [Fact]
    public async Task The_admin_adds_lists_and_removes_staff_and_bad_or_duplicate_entries_are_refused()
    {
        var g = await _api.CreateGroupementAsync();
        var admin = host.ClientWith(host.AdminKey);
        var email = StaffApi.NewEmail();

        var created = await admin.PostAsJsonAsync($"/api/groupements/{g.Id}/staff", new { name = " Claire Martin ", email = email.ToUpperInvariant(), role = "reviewer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await WorkflowApi.JsonAsync(created);
        var id = person.GetProperty("id").GetString()!;
        Assert.Equal("Claire Martin", person.GetProperty("name").GetString());
        Assert.Equal(email, person.GetProperty("email").GetString());
        Assert.Equal("reviewer", person.GetProperty("role").GetString());
        Assert.Equal($"/api/groupements/{g.Id}/staff/{id}", created.Headers.Location?.ToString());

        var duplicate = await admin.PostAsJsonAsync($"/api/groupements/{g.Id}/staff", new { name = "Autre", email, role = "manager" });
        await WorkflowApi.AssertProblemAsync(duplicate, 409, "STAFF_ALREADY_EXISTS");
        var bad = await WorkflowApi.AssertProblemAsync(
            await admin.PostAsJsonAsync($"/api/groupements/{g.Id}/staff", new { name = "", email = "pas-une-adresse", role = "chef" }), 400, "VALIDATION_FAILED");
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("email", out _) && errors.TryGetProperty("role", out _), errors.ToString());

        await WorkflowApi.AssertProblemAsync(await _api.As(g.CoordinatorKey).PostAsJsonAsync($"/api/groupements/{g.Id}/staff",
            new { name = "X", email = StaffApi.NewEmail(), role = "manager" }), 403, "ROLE_FORBIDDEN");
        await WorkflowApi.AssertProblemAsync(await _api.As(null).GetAsync($"/api/groupements/{g.Id}/staff"), 401, "UNAUTHORIZED");
        await WorkflowApi.AssertProblemAsync(await admin.GetAsync("/api/groupements/inconnu/staff"), 404, "GROUPEMENT_NOT_FOUND");

        var manager = await _staff.AddStaffAsync(g.Id, StaffApi.NewEmail("gestionnaire"), "manager", "Paul Durand");
        var list = await WorkflowApi.JsonAsync(await admin.GetAsync($"/api/groupements/{g.Id}/staff"));
        Assert.Equal([id, manager.GetProperty("id").GetString()!], list.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/groupements/{g.Id}/staff/{id}")).StatusCode);
        await WorkflowApi.AssertProblemAsync(await admin.DeleteAsync($"/api/groupements/{g.Id}/staff/{id}"), 404, "STAFF_NOT_FOUND");
        var after = await WorkflowApi.JsonAsync(await admin.GetAsync($"/api/groupements/{g.Id}/staff"));
        Assert.Equal([manager.GetProperty("id").GetString()!], after.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToArray());
        // Removed, the address can be added again.
        await _staff.AddStaffAsync(g.Id, email, "manager");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task A_manager_manages_staff_and_invites_by_session_and_a_reviewer_may_not()
    {
        var g = await _api.CreateGroupementAsync();
        var managerEmail = StaffApi.NewEmail("gestionnaire");
        await _staff.AddStaffAsync(g.Id, managerEmail, "manager", "Paul Durand");
        var manager = await _staff.SignInAsync(managerEmail);
        var asManager = _staff.With(manager, manager.CsrfToken);

        var reviewerEmail = StaffApi.NewEmail();
        await _staff.AddStaffAsync(g.Id, reviewerEmail, "reviewer", by: asManager);
        var reviewer = await _staff.SignInAsync(reviewerEmail);
        var asReviewer = _staff.With(reviewer, reviewer.CsrfToken);
        Assert.Equal(2, (await WorkflowApi.JsonAsync(await asManager.GetAsync($"/api/groupements/{g.Id}/staff"))).GetArrayLength());

        await WorkflowApi.AssertProblemAsync(await asReviewer.PostAsJsonAsync($"/api/groupements/{g.Id}/staff",
            new { name = "Intrus", email = StaffApi.NewEmail(), role = "manager" }), 403, "ROLE_FORBIDDEN");
        await WorkflowApi.AssertProblemAsync(await asReviewer.GetAsync($"/api/groupements/{g.Id}/staff"), 403, "ROLE_FORBIDDEN");
        var invitations = new[] { new { siren = Sirens.NewCommune(), name = "Commune de Trignac", email = "mairie@trignac.test" } };
        await WorkflowApi.AssertProblemAsync(await asReviewer.PostAsJsonAsync($"/api/groupements/{g.Id}/invitations", invitations), 403, "ROLE_FORBIDDEN");
        Assert.Equal(HttpStatusCode.OK, (await asReviewer.GetAsync($"/api/groupements/{g.Id}")).StatusCode);
        Assert.Equal(2, (await WorkflowApi.JsonAsync(await asManager.GetAsync($"/api/groupements/{g.Id}/staff"))).GetArrayLength());

        var invited = await asManager.PostAsJsonAsync($"/api/groupements/{g.Id}/invitations", invitations);
        var body = await WorkflowApi.JsonAsync(invited);
        Assert.True(invited.StatusCode == HttpStatusCode.Accepted, body.ToString());
        Assert.Equal(managerEmail, body.GetProperty("invitations")[0].GetProperty("invitedBy").GetString());
        Assert.Single(Outbox.Of(host.Outbox, "mairie@trignac.test", "invitation"));
        host.AssertNoErrors();
    }
}
