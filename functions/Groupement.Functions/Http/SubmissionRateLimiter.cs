using System.Threading.RateLimiting;
using Groupement.Functions.Auth;
using Groupement.Functions.Hosting;

namespace Groupement.Functions.Http;

/// <summary>
/// Anonymous submissions per client and minute (<c>RateLimit__SubmissionsPerMinute</c>), checked by the handler itself:
/// the Functions HTTP model has no ASP.NET Core rate-limiting middleware. A caller with a token is already known and
/// not limited. Refusal: 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>. The client is its real address behind known
/// proxies (<see cref="ClientAddresses"/>).
/// </summary>
public sealed class SubmissionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly ClientAddresses _clients;

    public SubmissionRateLimiter(HostSettings settings, ClientAddresses clients)
    {
        _clients = clients;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SubmissionsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Takes one permit for the caller, or throws the 429 problem.</summary>
    public async ValueTask AcquireAsync(HttpContext http)
    {
        if (BearerToken.Read(http) is not null) return;
        using var lease = await _limiter.AcquireAsync(ClientOf(http), 1, http.RequestAborted);
        if (lease.IsAcquired) return;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        // Carried by the problem itself: an error boundary clears the response's headers before writing it.
        throw new ApiProblemException(429, "RATE_LIMITED", "Trop de requêtes.",
            $"Trop de dépôts depuis votre connexion ; réessayez dans {seconds} secondes.") { RetryAfter = TimeSpan.FromSeconds(seconds) };
    }

    private string ClientOf(HttpContext http) => _clients.ClientOf(http)?.ToString() ?? "unknown";

    public void Dispose() => _limiter.Dispose();
}
