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
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly ClientAddresses _clients;

    public SubmissionRateLimiter(HostSettings settings, ClientAddresses clients)
    {
        _clients = clients;
        _limiter = FixedWindowLimits.Create(settings.SubmissionsPerMinute, Window);
    }

    /// <summary>Takes one permit for the caller, or throws the 429 problem.</summary>
    public ValueTask AcquireAsync(HttpContext http) => BearerToken.Read(http) is not null ? ValueTask.CompletedTask
        : FixedWindowLimits.TakeAsync(_limiter, ClientOf(http), Window, http, "Trop de dépôts depuis votre connexion");

    private string ClientOf(HttpContext http) => _clients.ClientOf(http)?.ToString() ?? "unknown";

    public void Dispose() => _limiter.Dispose();
}
