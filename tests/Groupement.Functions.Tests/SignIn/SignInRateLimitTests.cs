using System.Net;
using Groupement.Functions.Tests.Workflow;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>The sign-in host with small link limits: 2 per address, 4 per client, in 15 minutes.</summary>
public sealed class SignInLimitedHost : SignInHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimit:SignInLinksPerAddress"] = "2",
        ["RateLimit:SignInLinksPerClient"] = "4",
    };
}

/// <summary>Nobody can flood a mailbox with sign-in links.</summary>
public class SignInRateLimitTests(SignInLimitedHost host) : IClassFixture<SignInLimitedHost>
{
    private readonly WorkflowApi _api = new(host);
    private readonly StaffApi _staff = new(host);

    [Fact]
    public async Task Link_requests_are_limited_per_address_and_per_client()
    {
        var g = await _api.CreateGroupementAsync();
        var email = StaffApi.NewEmail();
        await _staff.AddStaffAsync(g.Id, email, "reviewer");

        Assert.Equal(HttpStatusCode.Accepted, (await _staff.RequestLinkAsync(email)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await _staff.RequestLinkAsync(email.ToUpperInvariant())).StatusCode);
        var third = await _staff.RequestLinkAsync(email);
        await WorkflowApi.AssertProblemAsync(third, 429, "RATE_LIMITED");
        Assert.True(int.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.Accepted, (await _staff.RequestLinkAsync(StaffApi.NewEmail("inconnu"))).StatusCode);
        await WorkflowApi.AssertProblemAsync(await _staff.RequestLinkAsync(StaffApi.NewEmail("inconnu")), 429, "RATE_LIMITED");

        Assert.Equal(2, Outbox.Of(host.Outbox, email, "sign-in").Count);
    }
}
