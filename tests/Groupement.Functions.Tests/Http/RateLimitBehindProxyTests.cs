using System.Net;
using Groupement.Functions.Tests.Durability;

namespace Groupement.Functions.Tests.Http;

/// <summary>
/// The local host as a real process on a real socket (peer 127.0.0.1), two anonymous submissions a minute per client:
/// without a known proxy a forged <c>X-Forwarded-For</c> buys no new bucket; with 127.0.0.1 declared as the proxy,
/// two clients behind it are limited apart.
/// </summary>
public sealed class RateLimitBehindProxyTests : IAsyncLifetime
{
    private readonly SharedDeployment _deployment = new();
    private ChildHost? _host;

    private async Task<ChildHost> StartAsync(string? knownProxies)
    {
        var settings = new Dictionary<string, string> { ["RateLimit__SubmissionsPerMinute"] = "2", ["RateLimit__SignInLinksPerClient"] = "2" };
        if (knownProxies is not null) settings["ForwardedHeaders__KnownProxies"] = knownProxies;
        _host = new ChildHost(_deployment, "limited", settings);
        await _host.StartAsync();
        return _host;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        _deployment.Dispose();
    }

    private static Task<HttpStatusCode> SubmitAsync(ChildHost host, string? forwardedFor) =>
        PostAsync(host, "/api/groupements/grp-inconnu/adhesions", "{}", forwardedFor);

    // A new address each time: only the per-client limit can refuse it.
    private static Task<HttpStatusCode> AskSignInLinkAsync(ChildHost host, string? forwardedFor) =>
        PostAsync(host, "/api/auth/links", $"{{\"email\":\"inconnu-{Guid.NewGuid():N}@example.org\"}}", forwardedFor);

    private static async Task<HttpStatusCode> PostAsync(ChildHost host, string path, string json, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var r = await host.Http.SendAsync(request);
        if (r.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            Assert.Contains("RATE_LIMITED", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(r.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
        }
        return r.StatusCode;
    }

    [Fact]
    public async Task A_forged_forwarded_address_from_an_unknown_peer_shares_the_peers_bucket()
    {
        var direct = await StartAsync(knownProxies: null);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(direct, "203.0.113.1"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(direct, "203.0.113.2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(direct, "203.0.113.3"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(direct, null));
    }

    [Fact]
    public async Task Two_clients_behind_a_known_proxy_get_separate_buckets()
    {
        var proxied = await StartAsync(knownProxies: "127.0.0.1,::1");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(proxied, "203.0.113.1"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(proxied, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(proxied, "203.0.113.1"));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(proxied, "203.0.113.2"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await SubmitAsync(proxied, "6.6.6.6, 203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(proxied, "203.0.113.2"));
    }

    [Fact]
    public async Task Sign_in_links_are_limited_per_client_behind_a_known_proxy_too()
    {
        var proxied = await StartAsync(knownProxies: "127.0.0.1,::1");
        Assert.Equal(HttpStatusCode.Accepted, await AskSignInLinkAsync(proxied, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.Accepted, await AskSignInLinkAsync(proxied, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskSignInLinkAsync(proxied, "203.0.113.1"));

        Assert.Equal(HttpStatusCode.Accepted, await AskSignInLinkAsync(proxied, "203.0.113.2"));
    }
}
