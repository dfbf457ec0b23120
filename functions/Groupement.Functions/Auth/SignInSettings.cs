using Groupement.Functions.Hosting;

namespace Groupement.Functions.Auth;

/// <summary>
/// Staff sign-in settings: <c>Auth__SessionHours</c> (absolute session lifetime, default 8), and sign-in link requests
/// allowed per address and per client in each <c>RateLimit__SignInWindowMinutes</c> (defaults 5 and 30 in 15 minutes).
/// </summary>
public sealed record SignInSettings(int SessionHours, int LinksPerAddress, int LinksPerClient, int WindowMinutes)
{
    /// <summary>How long a sign-in link stays valid.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);

    public TimeSpan SessionLifetime => TimeSpan.FromHours(SessionHours);

    public static SignInSettings From(IConfiguration config) => new(
        Positive(config, "Auth:SessionHours", 8, max: 24 * 30),
        Positive(config, "RateLimit:SignInLinksPerAddress", 5),
        Positive(config, "RateLimit:SignInLinksPerClient", 30),
        Positive(config, "RateLimit:SignInWindowMinutes", 15, max: 24 * 60));

    private static int Positive(IConfiguration config, string key, int fallback, int max = 1_000_000)
    {
        if (config[key] is not { Length: > 0 } text) return fallback;
        return int.TryParse(text, out var value) && value > 0 && value <= max ? value
            : throw new ConfigurationException($"Configuration: {key.Replace(":", "__", StringComparison.Ordinal)} must be an integer between 1 and {max}.");
    }
}
