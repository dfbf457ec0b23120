using System.Threading.RateLimiting;
using Groupement.Functions.Http;

namespace Groupement.Functions.Auth;

/// <summary>
/// Sign-in link requests per address and per client (<see cref="SignInSettings"/>), so nobody can flood a person's
/// mailbox. Known and unknown addresses count alike. Refusal: 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>.
/// </summary>
public sealed class SignInRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly TimeSpan _window;
    private readonly ClientAddresses _clients;

    public SignInRateLimiter(SignInSettings settings, ClientAddresses clients)
    {
        _window = TimeSpan.FromMinutes(settings.WindowMinutes);
        _perAddress = FixedWindowLimits.Create(settings.LinksPerAddress, _window);
        _perClient = FixedWindowLimits.Create(settings.LinksPerClient, _window);
        _clients = clients;
    }

    /// <summary>Takes a permit for the client (its real address behind known proxies), then for the address, or throws the 429 problem.</summary>
    public async ValueTask AcquireAsync(HttpContext http, string normalizedEmail)
    {
        await FixedWindowLimits.TakeAsync(_perClient, _clients.ClientOf(http)?.ToString() ?? "unknown", _window, http,
            "Trop de demandes de lien de connexion depuis votre connexion");
        await FixedWindowLimits.TakeAsync(_perAddress, normalizedEmail, _window, http, "Trop de demandes de lien de connexion pour cette adresse");
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perClient.Dispose();
    }
}
