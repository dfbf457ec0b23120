using System.Threading.RateLimiting;

namespace Groupement.Functions.Http;

/// <summary>
/// The fixed-window limits the handlers check themselves (the Functions HTTP model has no ASP.NET Core rate-limiting
/// middleware): one partition per key, and a refusal as 429 <c>RATE_LIMITED</c> carrying <c>Retry-After</c> on the
/// problem itself (an error boundary clears the response's headers before writing it).
/// </summary>
internal static class FixedWindowLimits
{
    public static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));

    /// <summary>Takes one permit for <paramref name="key"/>, or throws the 429 problem: "<paramref name="what"/> ; réessayez dans N secondes."</summary>
    public static async ValueTask TakeAsync(PartitionedRateLimiter<string> limiter, string key, TimeSpan window, HttpContext http, string what)
    {
        using var lease = await limiter.AcquireAsync(key, 1, http.RequestAborted);
        if (lease.IsAcquired) return;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        throw new ApiProblemException(429, "RATE_LIMITED", "Trop de requêtes.", $"{what} ; réessayez dans {seconds} secondes.")
        { RetryAfter = TimeSpan.FromSeconds(seconds) };
    }
}
