using System.Net;
using Groupement.Functions.Tests.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>The sign-in host on a fake clock (started at the real time), sessions of one hour.</summary>
public sealed class SignInClockHost : SignInHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Auth:SessionHours"] = "1" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Links and sessions expire on time.</summary>
public class SignInClockTests(SignInClockHost host) : IClassFixture<SignInClockHost>
{
    private readonly WorkflowApi _api = new(host);
    private readonly StaffApi _staff = new(host);

    [Fact]
    public async Task A_link_is_refused_after_15_minutes()
    {
        var g = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        await _staff.AddStaffAsync(g.Id, email, "reviewer");
        var token = await _staff.LinkTokenAsync(email);

        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        await WorkflowApi.AssertProblemAsync(await _staff.ExchangeAsync(token), 401, "SIGN_IN_LINK_INVALID");
    }

    [Fact]
    public async Task A_session_ends_after_Auth_SessionHours()
    {
        var g = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        await _staff.AddStaffAsync(g.Id, email, "reviewer");
        var token = await _staff.LinkTokenAsync(email);
        host.Clock.Advance(TimeSpan.FromMinutes(14));
        var opened = await _staff.ExchangeAsync(token);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("max-age=3600", StaffApi.SetCookieHeader(opened)!, StringComparison.OrdinalIgnoreCase);
        var session = _staff.WithCookie(StaffApi.SessionCookieOf(opened)!);

        host.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/api/groupements/{g.Id}")).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        await WorkflowApi.AssertProblemAsync(await session.GetAsync($"/api/groupements/{g.Id}"), 401, "SESSION_INVALID");
        await WorkflowApi.AssertProblemAsync(await session.GetAsync("/api/auth/sessions/current"), 401, "SESSION_INVALID");
    }
}
