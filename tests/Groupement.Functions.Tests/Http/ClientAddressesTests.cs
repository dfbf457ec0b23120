using System.Net;
using Groupement.Functions.Hosting;
using Groupement.Functions.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Groupement.Functions.Tests.Http;

public sealed class ClientAddressesTests
{
    private static ClientAddresses With(string? proxies = null, string? networks = null) => ClientAddresses.From(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies"] = proxies,
            ["ForwardedHeaders:KnownNetworks"] = networks,
        }).Build());

    private static DefaultHttpContext Request(string peer, params string[] forwardedFor)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        if (forwardedFor.Length > 0) http.Request.Headers["X-Forwarded-For"] = forwardedFor;
        return http;
    }

    [Fact]
    public void Without_known_proxies_the_peer_is_the_client_and_a_spoofed_header_is_ignored()
    {
        var clients = With();

        Assert.Equal(IPAddress.Parse("198.51.100.7"), clients.ClientOf(Request("198.51.100.7", "203.0.113.1")));
        Assert.Equal(IPAddress.Parse("127.0.0.1"), clients.ClientOf(Request("127.0.0.1", "203.0.113.1")));
    }

    [Fact]
    public void A_header_from_a_peer_that_is_not_a_known_proxy_is_ignored()
    {
        var clients = With(proxies: "10.0.0.4");

        Assert.Equal(IPAddress.Parse("198.51.100.7"), clients.ClientOf(Request("198.51.100.7", "203.0.113.1")));
    }

    [Fact]
    public void Behind_a_known_proxy_the_last_forwarded_address_is_the_client()
    {
        var clients = With(proxies: "10.0.0.4");

        Assert.Equal(IPAddress.Parse("203.0.113.1"), clients.ClientOf(Request("10.0.0.4", "203.0.113.1")));
        Assert.Equal(IPAddress.Parse("203.0.113.2"), clients.ClientOf(Request("10.0.0.4", "203.0.113.2:51234")));
        // What the client itself wrote before the proxy appended its peer is not believed.
        Assert.Equal(IPAddress.Parse("203.0.113.3"), clients.ClientOf(Request("10.0.0.4", "1.2.3.4, 203.0.113.3")));
    }

    [Fact]
    public void A_chain_of_known_proxies_and_networks_is_walked_right_to_left_to_the_first_unknown_address()
    {
        var clients = With(proxies: "10.0.0.4", networks: "192.168.0.0/16, 2001:db8::/32");

        Assert.Equal(IPAddress.Parse("203.0.113.9"), clients.ClientOf(Request("10.0.0.4", "6.6.6.6, 203.0.113.9", "192.168.7.1")));
        Assert.Equal(IPAddress.Parse("2001:db9::1"), clients.ClientOf(Request("2001:db8::5", "[2001:db9::1]:443")));
        Assert.Equal(IPAddress.Parse("203.0.113.9"), clients.ClientOf(Request("::ffff:10.0.0.4", "203.0.113.9")));
    }

    [Fact]
    public void A_known_proxy_with_no_or_an_unreadable_header_stays_the_client()
    {
        var clients = With(proxies: "10.0.0.4");

        Assert.Equal(IPAddress.Parse("10.0.0.4"), clients.ClientOf(Request("10.0.0.4")));
        Assert.Equal(IPAddress.Parse("10.0.0.4"), clients.ClientOf(Request("10.0.0.4", "pas une adresse")));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies", "10.0.0.300", "ForwardedHeaders__KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0/40", "ForwardedHeaders__KnownNetworks")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.1", "ForwardedHeaders__KnownNetworks")]
    public void A_bad_setting_stops_the_host_naming_the_key(string key, string value, string named)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var e = Assert.Throws<ConfigurationException>(() => ClientAddresses.From(config));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The Functions worker's own pipeline (Worker.Extensions.Http.AspNetCore: <c>UseForwardedHeaders</c> with
    /// <c>ForwardedHeaders.All</c>, the Functions host on loopback as the only known proxy) runs before the function:
    /// it applies the entry the platform's front end appended, and leaves the earlier ones in the header.
    /// </summary>
    private static async Task<HttpContext> ThroughTheWorkerAsync(string forwardedFor)
    {
        var http = Request("127.0.0.1", forwardedFor);
        var options = Options.Create(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.All });
        await new ForwardedHeadersMiddleware(_ => Task.CompletedTask, NullLoggerFactory.Instance, options).Invoke(http);
        return http;
    }

    [Fact]
    public async Task In_Functions_a_client_writing_its_own_header_gets_the_address_the_front_end_saw()
    {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the front end appended the address it saw.
        var http = await ThroughTheWorkerAsync("1.2.3.4, 198.51.100.7:50123");

        Assert.Equal(IPAddress.Parse("198.51.100.7"), With().ClientOf(http));
    }

    [Fact]
    public async Task In_Functions_behind_a_declared_front_door_the_client_before_it_is_found()
    {
        var frontDoor = With(networks: "147.243.0.0/16");

        Assert.Equal(IPAddress.Parse("203.0.113.1"), frontDoor.ClientOf(await ThroughTheWorkerAsync("203.0.113.1, 147.243.2.10:443")));
        Assert.Equal(IPAddress.Parse("203.0.113.2"), frontDoor.ClientOf(await ThroughTheWorkerAsync("203.0.113.2, 147.243.2.10:443")));
        Assert.Equal(IPAddress.Parse("147.243.2.10"), With().ClientOf(await ThroughTheWorkerAsync("203.0.113.1, 147.243.2.10:443")));
    }
}
