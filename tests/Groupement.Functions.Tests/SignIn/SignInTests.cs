using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Groupement.Functions.Storage;
using Groupement.Functions.Tests.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>The emailed sign-in link, its single use, the session it opens, and sign-out.</summary>
public class SignInTests(SignInHost host) : IClassFixture<SignInHost>
{
    private readonly WorkflowApi _api = new(host);
    private readonly StaffApi _staff = new(host);

    [Fact]
    public async Task A_link_is_emailed_to_a_known_address_only_and_both_get_the_same_answer()
    {
        var g = await _api.CreateGroupementAsync();
        var known = StaffApi.NewEmail();
        var unknown = StaffApi.NewEmail("inconnu");
        await _staff.AddStaffAsync(g.Id, known, "reviewer", "Claire Martin");

        var toKnown = await _staff.RequestLinkAsync(known.ToUpperInvariant());
        var toUnknown = await _staff.RequestLinkAsync(unknown);

        Assert.Equal(HttpStatusCode.Accepted, toKnown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, toUnknown.StatusCode);
        Assert.Equal(await toKnown.Content.ReadAsStringAsync(), await toUnknown.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Outbox.All(host.Outbox), m => Outbox.IsTo(m, unknown));
        var mail = await Outbox.WaitForAsync(host.Outbox, known, "sign-in");
        Assert.Equal("sign-in", mail.Headers["X-Notification-Kind"]);
        Assert.Contains(g.Name, mail.Subject);
        Assert.Contains("http://groupement.test/connexion#jeton=", mail.TextBody);
        Assert.Contains("15 minutes", mail.TextBody);
        var token = StaffApi.TokenOf(mail.TextBody ?? "");
        Assert.Equal(43, token.Length); // 256 bits, base64url

        // Only the hash is stored, and no log line carries the token.
        var names = host.Services.GetRequiredService<StorageNames>();
        var table = host.Services.GetRequiredService<TableServiceClient>().GetTableClient(names.SignIn);
        await foreach (var row in table.QueryAsync<TableEntity>())
            Assert.DoesNotContain(token, row.PartitionKey + row.RowKey + string.Join("|", row.Select(kv => kv.Value)));
        Assert.Contains(host.Logs, l => l.Contains("sign-in", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, l => l.Contains(token, StringComparison.Ordinal));

        await WorkflowApi.AssertProblemAsync(await _staff.Anonymous().PostAsJsonAsync("/api/auth/links", new { email = "pas une adresse" }), 400, "VALIDATION_FAILED");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task A_link_opens_one_session_with_its_groupements_and_cannot_be_used_again()
    {
        var first = await _api.CreateGroupementAsync();
        var second = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        await _staff.AddStaffAsync(first.Id, email, "reviewer", "Claire Martin");
        await _staff.AddStaffAsync(second.Id, email, "manager", "Claire Martin");
        var token = await _staff.LinkTokenAsync(email);

        var opened = await _staff.ExchangeAsync(token);
        var body = await WorkflowApi.JsonAsync(opened);
        Assert.True(opened.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Claire Martin", body.GetProperty("name").GetString());
        Assert.Equal(email, body.GetProperty("email").GetString());
        var groupements = body.GetProperty("groupements").EnumerateArray()
            .Select(x => (x.GetProperty("id").GetString(), x.GetProperty("name").GetString(), x.GetProperty("role").GetString())).ToHashSet();
        Assert.Equal([(first.Id, first.Name, "reviewer"), (second.Id, second.Name, "manager")], groupements);
        var csrf = body.GetProperty("csrfToken").GetString();
        Assert.False(string.IsNullOrEmpty(csrf));

        var cookie = StaffApi.SetCookieHeader(opened)!.ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("path=/", cookie);
        Assert.Contains("max-age=28800", cookie); // Auth__SessionHours defaults to 8
        Assert.DoesNotContain("secure", cookie); // the test server is localhost
        var sessionId = StaffApi.SessionCookieOf(opened)!;

        var current = await _staff.WithCookie(sessionId).GetAsync("/api/auth/sessions/current");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(body.ToString(), (await WorkflowApi.JsonAsync(current)).ToString());

        var reused = await WorkflowApi.AssertProblemAsync(await _staff.ExchangeAsync(token), 401, "SIGN_IN_LINK_INVALID");
        Assert.Contains("Demandez un nouveau lien", reused.GetProperty("detail").GetString());
        await WorkflowApi.AssertProblemAsync(await _staff.ExchangeAsync(token[..^2] + "xy"), 401, "SIGN_IN_LINK_INVALID");
        await WorkflowApi.AssertProblemAsync(await _staff.ExchangeAsync(SecretHasher.NewToken()), 401, "SIGN_IN_LINK_INVALID");
        await WorkflowApi.AssertProblemAsync(await _staff.ExchangeAsync(""), 401, "SIGN_IN_LINK_INVALID");
        await WorkflowApi.AssertProblemAsync(await _staff.WithCookie("forged-session").GetAsync("/api/auth/sessions/current"), 401, "SESSION_INVALID");
        await WorkflowApi.AssertProblemAsync(await _staff.Anonymous().GetAsync("/api/auth/sessions/current"), 401, "UNAUTHORIZED");
        Assert.DoesNotContain(host.Logs, l => l.Contains(sessionId, StringComparison.Ordinal) || l.Contains(token, StringComparison.Ordinal));
        // The refusals are security events in the log, with their code and path (ASVS 7.1.3), and without the secret.
        Assert.Contains(host.Logs, l => l.Contains("Refused 401 SIGN_IN_LINK_INVALID on POST /api/auth/sessions", StringComparison.Ordinal));
        Assert.Contains(host.Logs, l => l.Contains("Refused 401 SESSION_INVALID on GET /api/auth/sessions/current", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, l => l.Contains("forged-session", StringComparison.Ordinal));
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Two_concurrent_exchanges_of_one_link_open_exactly_one_session()
    {
        var g = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        await _staff.AddStaffAsync(g.Id, email, "reviewer");
        var token = await _staff.LinkTokenAsync(email);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _staff.ExchangeAsync(token))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        Assert.Single(answers, a => StaffApi.SessionCookieOf(a) is not null);
        host.AssertNoErrors();
    }

    [Fact]
    public async Task Signing_out_needs_the_csrf_token_and_ends_the_session()
    {
        var g = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        await _staff.AddStaffAsync(g.Id, email, "reviewer");
        var session = await _staff.SignInAsync(email);

        await WorkflowApi.AssertProblemAsync(await _staff.With(session).DeleteAsync("/api/auth/sessions/current"), 403, "CSRF_TOKEN_MISSING");
        Assert.Equal(HttpStatusCode.OK, (await _staff.With(session).GetAsync($"/api/groupements/{g.Id}")).StatusCode);

        var ended = await _staff.With(session, session.CsrfToken).DeleteAsync("/api/auth/sessions/current");
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Contains("expires=", StaffApi.SetCookieHeader(ended)!, StringComparison.OrdinalIgnoreCase);

        await WorkflowApi.AssertProblemAsync(await _staff.With(session).GetAsync("/api/auth/sessions/current"), 401, "SESSION_INVALID");
        await WorkflowApi.AssertProblemAsync(await _staff.With(session).GetAsync($"/api/groupements/{g.Id}/adhesions"), 401, "SESSION_INVALID");
        host.AssertNoErrors();
    }
}
