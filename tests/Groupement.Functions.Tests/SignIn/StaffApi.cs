using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Groupement.Functions.Tests.Hosting;
using Groupement.Functions.Tests.Workflow;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>A signed-in person: the session cookie's value and the CSRF token the API gave with it.</summary>
public sealed record StaffSession(string Email, string SessionId, string CsrfToken, JsonElement Body);

/// <summary>The staff and sign-in calls of the tests, over the real host (cookies set by hand, as a browser would send them).</summary>
public sealed partial class StaffApi(GroupementHost host)
{
    public static string NewEmail(string who = "instructrice") => $"{who}-{Guid.NewGuid():N}@rectorat.test";

    /// <summary>A client that sends no cookie unless told to.</summary>
    public HttpClient Anonymous() => host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    /// <summary>A client carrying the session cookie, and the CSRF header when <paramref name="csrf"/> is given.</summary>
    public HttpClient With(StaffSession session, string? csrf = null) => WithCookie(session.SessionId, csrf);

    public HttpClient WithCookie(string sessionId, string? csrf = null)
    {
        var c = Anonymous();
        c.DefaultRequestHeaders.Add("Cookie", $"grp_session={sessionId}");
        if (csrf is not null) c.DefaultRequestHeaders.Add("X-CSRF-Token", csrf);
        return c;
    }

    public async Task<JsonElement> AddStaffAsync(string gid, string email, string role, string? name = null, HttpClient? by = null)
    {
        var r = await (by ?? host.ClientWith(host.AdminKey)).PostAsJsonAsync($"/api/groupements/{gid}/staff", new { name = name ?? "Claire Martin", email, role });
        var json = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode} {json}");
        return json;
    }

    public Task<HttpResponseMessage> RequestLinkAsync(string email) => Anonymous().PostAsJsonAsync("/api/auth/links", new { email });

    /// <summary>Asks for a link and reads the token from the sign-in email (the only one to that address).</summary>
    public async Task<string> LinkTokenAsync(string email)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await RequestLinkAsync(email)).StatusCode);
        var mail = await Outbox.WaitForAsync(host.Outbox, email, "sign-in");
        return TokenOf(mail.TextBody ?? "");
    }

    public static string TokenOf(string text) => JetonPattern().Match(text) is { Success: true } m ? m.Groups[1].Value
        : throw new Xunit.Sdk.XunitException("no jeton= in the email: " + text);

    public Task<HttpResponseMessage> ExchangeAsync(string token) => Anonymous().PostAsJsonAsync("/api/auth/sessions", new { token });

    /// <summary>Signs in by the emailed link: the session cookie and the CSRF token.</summary>
    public async Task<StaffSession> SignInAsync(string email)
    {
        var r = await ExchangeAsync(await LinkTokenAsync(email));
        var body = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode} {body}");
        return new StaffSession(email, SessionCookieOf(r) ?? throw new Xunit.Sdk.XunitException("no session cookie"),
            body.GetProperty("csrfToken").GetString()!, body);
    }

    public static string? SetCookieHeader(HttpResponseMessage r) =>
        r.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith("grp_session=", StringComparison.Ordinal)) : null;

    public static string? SessionCookieOf(HttpResponseMessage r) =>
        SetCookieHeader(r) is { } header ? header["grp_session=".Length..].Split(';')[0] : null;

    [GeneratedRegex(@"jeton=([A-Za-z0-9_\-]+)")]
    private static partial Regex JetonPattern();
}
