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

    public SignInRateLimiter(SignInSettings settings)
    {
        var window = TimeSpan.FromMinutes(settings.WindowMinutes);
        _perAddress = Create(settings.LinksPerAddress, window);
        _perClient = Create(settings.LinksPerClient, window);
    }

    /// <summary>Takes a permit for the client, then for the address, or throws the 429 problem.</summary>
    public async ValueTask AcquireAsync(HttpContext http, string normalizedEmail)
    {
        await TakeAsync(_perClient, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", http,
            "Trop de demandes de lien de connexion depuis votre connexion");
        await TakeAsync(_perAddress, normalizedEmail, http, "Trop de demandes de lien de connexion pour cette adresse");
    }

    private static async ValueTask TakeAsync(PartitionedRateLimiter<string> limiter, string key, HttpContext http, string what)
    {
        using var lease = await limiter.AcquireAsync(key, 1, http.RequestAborted);
        if (lease.IsAcquired) return;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        throw new ApiProblemException(429, "RATE_LIMITED", "Trop de requêtes.", $"{what} ; réessayez dans {seconds} secondes.")
        { RetryAfter = TimeSpan.FromSeconds(seconds) };
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));

    public void Dispose()
    {
        _perAddress.Dispose();
        _perClient.Dispose();
    }
}
