using System.Net;
using System.Net.Http.Json;
using System.Text;
using Groupement.Functions.Tests.Workflow;
using Groupement.LocalHost;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>What a session reaches: its groupements only, within its role, every state change with the CSRF token, under the person's name.</summary>
public class SessionAccessTests(SignInHost host) : IClassFixture<SignInHost>
{
    private readonly WorkflowApi _api = new(host);
    private readonly StaffApi _staff = new(host);

    /// <summary>State-changing routes that never read the session cookie (anonymous, or signed by their caller), and why.</summary>
    private static readonly Dictionary<string, string> CookieFreeRoutes = new()
    {
        ["RequestSignInLink"] = "anyone asks for a link; the answer is the same for every address",
        ["OpenSession"] = "the link's token is the credential",
        ["SubmitAdhesion"] = "anyone (or an invitation token) may apply before the deadline; a cookie grants nothing there",
        ["SendGridEvents"] = "SendGrid's signature is the credential",
    };

    /// <summary>Routes for the admin key only: with a CSRF header, right or wrong, a session is still not the admin (401).</summary>
    private static readonly HashSet<string> AdminOnlyRoutes = ["CreateGroupement", "RunTimerFunction"];

    [Fact]
    public async Task A_session_reaches_only_its_groupements_and_decides_under_the_persons_email()
    {
        var g = await _api.CreateGroupementAsync();
        var other = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        await _staff.AddStaffAsync(g.Id, email, "reviewer", "Claire Martin");
        var outsiderEmail = StaffApi.NewEmail("autre");
        await _staff.AddStaffAsync(other.Id, outsiderEmail, "manager");
        var (aid, token) = await _api.SubmitAsync(g.Id, WorkflowApi.NewSubmission());
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var session = await _staff.SignInAsync(email);
        var outsider = await _staff.SignInAsync(outsiderEmail);
        var reviewer = _staff.With(session, session.CsrfToken);

        Assert.Contains(aid, await (await reviewer.GetAsync($"/api/groupements/{g.Id}/adhesions")).Content.ReadAsStringAsync());
        await WorkflowApi.AssertProblemAsync(await reviewer.GetAsync($"/api/groupements/{other.Id}"), 404, "GROUPEMENT_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await reviewer.GetAsync($"/api/groupements/{other.Id}/adhesions"), 404, "GROUPEMENT_NOT_FOUND");
        var intruder = _staff.With(outsider, outsider.CsrfToken);
        await WorkflowApi.AssertProblemAsync(await intruder.GetAsync($"/api/adhesions/{aid}"), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await intruder.PostAsJsonAsync($"/api/adhesions/{aid}/review",
            new { decision = "reject", comment = "Pas chez moi." }), 404, "ADHESION_NOT_FOUND");
        await WorkflowApi.AssertProblemAsync(await intruder.GetAsync($"/api/groupements/{g.Id}/members.csv"), 404, "GROUPEMENT_NOT_FOUND");

        var request = new { decision = "request-changes", comment = "Merci de joindre la convention signée." };
        await WorkflowApi.AssertProblemAsync(await _staff.With(session).PostAsJsonAsync($"/api/adhesions/{aid}/review", request), 403, "CSRF_TOKEN_MISSING");
        await WorkflowApi.AssertProblemAsync(await _staff.With(session, outsider.CsrfToken).PostAsJsonAsync($"/api/adhesions/{aid}/review", request), 403, "CSRF_TOKEN_INVALID");
        var unchanged = await _api.GetAdhesionAsync(aid, g.CoordinatorKey);
        Assert.Equal("UnderReview", unchanged.GetProperty("status").GetString());
        Assert.DoesNotContain(WorkflowApi.History(unchanged), h => h.By == email);

        Assert.Equal(HttpStatusCode.Accepted, (await reviewer.PostAsJsonAsync($"/api/adhesions/{aid}/review", request)).StatusCode);
        var changed = await _api.WaitForStatusAsync(aid, g.CoordinatorKey, "ChangesRequested");
        Assert.Contains(WorkflowApi.History(changed), h => h.By == email && h.Comment == request.comment);
        Assert.Equal(HttpStatusCode.Accepted, (await reviewer.PostAsJsonAsync($"/api/adhesions/{aid}/close", new { reason = "Doublon." })).StatusCode);
        var closed = await _api.WaitForStatusAsync(aid, g.CoordinatorKey, "Closed");
        Assert.Contains(WorkflowApi.History(closed), h => h.By == email && h.Comment == "Doublon.");
        Assert.DoesNotContain(WorkflowApi.History(closed), h => h.By == "coordinator");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Removing_a_person_from_a_groupement_revokes_their_session_there()
    {
        var g = await _api.CreateGroupementAsync();
        var other = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        var inG = await _staff.AddStaffAsync(g.Id, email, "reviewer");
        var inOther = await _staff.AddStaffAsync(other.Id, email, "reviewer");
        var session = await _staff.SignInAsync(email);
        var admin = host.ClientWith(host.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await _staff.With(session).GetAsync($"/api/groupements/{g.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/groupements/{g.Id}/staff/{inG.GetProperty("id").GetString()}")).StatusCode);
        await WorkflowApi.AssertProblemAsync(await _staff.With(session).GetAsync($"/api/groupements/{g.Id}"), 404, "GROUPEMENT_NOT_FOUND");
        Assert.Equal(HttpStatusCode.OK, (await _staff.With(session).GetAsync($"/api/groupements/{other.Id}")).StatusCode);
        var current = await WorkflowApi.JsonAsync(await _staff.With(session).GetAsync("/api/auth/sessions/current"));
        Assert.Equal([other.Id], current.GetProperty("groupements").EnumerateArray().Select(x => x.GetProperty("id").GetString()!).ToArray());

        // Added again, the person needs a new sign-in: the old session was opened for the removed row.
        await _staff.AddStaffAsync(g.Id, email, "reviewer");
        await WorkflowApi.AssertProblemAsync(await _staff.With(session).GetAsync($"/api/groupements/{g.Id}"), 404, "GROUPEMENT_NOT_FOUND");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/groupements/{other.Id}/staff/{inOther.GetProperty("id").GetString()}")).StatusCode);
        await WorkflowApi.AssertProblemAsync(await _staff.With(session).GetAsync("/api/auth/sessions/current"), 401, "SESSION_INVALID");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Every_state_changing_route_refuses_the_cookie_without_its_csrf_token_and_changes_nothing()
    {
        var g = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail("gestionnaire");
        var manager = await _staff.AddStaffAsync(g.Id, email, "manager");
        var (aid, token) = await _api.SubmitAsync(g.Id, WorkflowApi.NewSubmission());
        var before = await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var session = await _staff.SignInAsync(email);
        var other = await _staff.SignInAsync(await NewManagerAsync());

        var routes = FunctionCatalog.Read().Where(f => f.Kind == TriggerKind.Http)
            .SelectMany(f => f.HttpMethods.Where(m => m is not ("GET" or "HEAD" or "OPTIONS")).Select(m => (Name: f.Name, Method: m, Route: "/" + f.Route!.TrimStart('/'))))
            .Append((Name: "RunTimerFunction", Method: "POST", Route: "/admin/functions/DeadlineReminders"))
            .ToList();
        Assert.Equal(CookieFreeRoutes.Keys.Order(), routes.Select(r => r.Name).Where(CookieFreeRoutes.ContainsKey).Distinct().Order());
        var guarded = routes.Where(r => !CookieFreeRoutes.ContainsKey(r.Name)).ToList();
        Assert.True(guarded.Count >= 12, string.Join(", ", guarded.Select(r => r.Name)));

        foreach (var (name, method, route) in guarded)
        {
            var path = route.Replace("{gid}", g.Id).Replace("{aid}", aid).Replace("{id}", manager.GetProperty("id").GetString()).Replace("{siren}", "214901159") + $"?groupementId={g.Id}";
            Assert.DoesNotContain('{', path);
            foreach (var (csrf, code) in new[] { ((string?)null, "CSRF_TOKEN_MISSING"), (other.CsrfToken, "CSRF_TOKEN_INVALID") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = new StringContent("{\"decision\":\"reject\",\"comment\":\"x\",\"reason\":\"x\",\"name\":\"x\",\"email\":\"x@y.test\",\"role\":\"manager\"}",
                        Encoding.UTF8, "application/json"),
                };
                var answer = await _staff.With(session, csrf).SendAsync(request);
                var problem = await WorkflowApi.JsonAsync(answer);
                var expected = csrf is not null && AdminOnlyRoutes.Contains(name) ? (401, "UNAUTHORIZED") : (403, code);
                Assert.True(((int)answer.StatusCode, problem.GetProperty("code").GetString()) == expected,
                    $"{name} {method} {path} with {code}: {(int)answer.StatusCode} {problem}");
            }
        }

        var after = await _api.GetAdhesionAsync(aid, g.CoordinatorKey);
        Assert.Equal("UnderReview", after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
        Assert.Single((await WorkflowApi.JsonAsync(await host.ClientWith(host.AdminKey).GetAsync($"/api/groupements/{g.Id}/staff"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await _staff.With(session).GetAsync("/api/auth/sessions/current")).StatusCode);
        host.AssertNoErrors();
    }

    private async Task<string> NewManagerAsync()
    {
        var g = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail("gestionnaire");
        await _staff.AddStaffAsync(g.Id, email, "manager");
        return email;
    }
}
