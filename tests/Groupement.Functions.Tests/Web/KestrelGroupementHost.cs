using System.Net;
using Groupement.Functions.Tests.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Web;

/// <summary>The real host on a real loopback port (Kestrel), for a browser to reach.</summary>
public sealed class KestrelGroupementHost : GroupementHost
{
    public KestrelGroupementHost() => UseKestrel(k => k.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server once and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }
}
