using System.Net;
using Groupement.Functions.Hosting;

namespace Groupement.Functions.Http;

/// <summary>
/// The address of the person behind a request, for per-client limits. The peer of the connection is the client unless
/// it is a known proxy (<c>ForwardedHeaders__KnownProxies</c>: addresses, <c>ForwardedHeaders__KnownNetworks</c>: CIDR
/// ranges, comma-separated); only then is <c>X-Forwarded-For</c> read, right to left, past every known proxy. A header
/// sent by anyone else is ignored, so a caller cannot pick its own bucket.
/// </summary>
/// <remarks>
/// In Azure Functions the worker's peer is the Functions host on loopback; the worker's ASP.NET Core integration already
/// applies the last <c>X-Forwarded-For</c> entry, appended by the platform's front end (the address the front end saw),
/// and leaves the earlier entries in the header. So in both hosts the peer seen here is the first hop we trust; a front
/// door or gateway before the app is declared in the settings.
/// </remarks>
public sealed class ClientAddresses
{
    private const string ForwardedFor = "X-Forwarded-For";
    private const int MaxHops = 16;
    private readonly IReadOnlyList<IPAddress> _proxies;
    private readonly IReadOnlyList<IPNetwork> _networks;

    /// <summary>Creates the resolver for the given proxies and networks.</summary>
    public ClientAddresses(IReadOnlyList<IPAddress> proxies, IReadOnlyList<IPNetwork> networks)
    {
        _proxies = proxies.Select(Normalize).ToList();
        _networks = networks;
    }

    /// <summary>Reads <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c>; a bad entry stops the host.</summary>
    public static ClientAddresses From(IConfiguration config)
    {
        var proxies = Entries(config, "KnownProxies").Select(p => IPAddress.TryParse(p, out var a) ? a
            : throw new ConfigurationException($"Configuration: ForwardedHeaders__KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = Entries(config, "KnownNetworks").Select(n => IPNetwork.TryParse(n, out var net) ? net
            : throw new ConfigurationException($"Configuration: ForwardedHeaders__KnownNetworks: '{n}' is not a CIDR range (e.g. 10.0.0.0/8).")).ToList();
        return new ClientAddresses(proxies, networks);
    }

    /// <summary>True when <paramref name="address"/> is a known proxy or inside a known network.</summary>
    public bool IsKnownProxy(IPAddress address)
    {
        var a = Normalize(address);
        return _proxies.Contains(a) || _networks.Any(n => n.Contains(a));
    }

    /// <summary>The client's address, or null when the connection has none (an in-process test server).</summary>
    public IPAddress? ClientOf(HttpContext http)
    {
        var peer = http.Connection.RemoteIpAddress is { } remote ? Normalize(remote) : null;
        if (peer is null || !IsKnownProxy(peer)) return peer;
        var hops = http.Request.Headers[ForwardedFor].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var i = hops.Count - 1; i >= 0 && i >= hops.Count - MaxHops; i--)
        {
            if (!TryParseHop(hops[i], out var hop)) return peer; // unreadable: stop at the last address we could trust
            peer = hop;
            if (!IsKnownProxy(peer)) return peer;
        }
        return peer;
    }

    private static IEnumerable<string> Entries(IConfiguration config, string key)
    {
        var section = config.GetSection("ForwardedHeaders:" + key);
        var values = section.Value is { Length: > 0 } v ? [v] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(x => x.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    // "203.0.113.7", "203.0.113.7:443", "[2001:db8::1]:443", "2001:db8::1"
    private static bool TryParseHop(string value, out IPAddress address)
    {
        if (IPEndPoint.TryParse(value, out var endpoint)) { address = Normalize(endpoint.Address); return true; }
        address = IPAddress.None;
        return false;
    }

    private static IPAddress Normalize(IPAddress a) => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a;
}
