namespace Groupement.Functions.Hosting;

/// <summary>The host's own settings (DESIGN.md §5), read once at start-up.</summary>
public sealed record HostSettings(string AdminKey, string PublicBaseUrl, string TimeZoneId, string TaskHubName, int SubmissionsPerMinute)
{
    /// <summary>The civil time zone (Europe/Paris by default).</summary>
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Reads and checks the settings; throws <see cref="ConfigurationException"/> naming the bad key.</summary>
    public static HostSettings From(IConfiguration config)
    {
        var admin = config["Auth:AdminKey"];
        if (string.IsNullOrWhiteSpace(admin))
            throw new ConfigurationException("Configuration: Auth__AdminKey is missing: set it to a long random secret (the admin key).");
        if (admin.Length < 16)
            throw new ConfigurationException("Configuration: Auth__AdminKey is too short: use at least 16 characters.");
        var tz = config["TimeZone"] is { Length: > 0 } t ? t : "Europe/Paris";
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(tz);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ConfigurationException($"Configuration: TimeZone '{tz}' is not a known time zone (use an IANA id such as Europe/Paris).");
        }
        var baseUrl = config["PublicBaseUrl"] is { Length: > 0 } u ? u.TrimEnd('/') : "http://localhost:7071";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
            throw new ConfigurationException("Configuration: PublicBaseUrl is not an absolute URL.");
        var perMinute = 120;
        if (config["RateLimit:SubmissionsPerMinute"] is { Length: > 0 } r && (!int.TryParse(r, out perMinute) || perMinute <= 0))
            throw new ConfigurationException("Configuration: RateLimit__SubmissionsPerMinute must be a positive integer.");
        var hub = config["Durable:TaskHubName"] is { Length: > 0 } h ? h : "groupement";
        return new HostSettings(admin, baseUrl, tz, hub, perMinute);
    }
}
