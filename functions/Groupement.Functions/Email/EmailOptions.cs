namespace Groupement.Functions.Email;

/// <summary>Configuration section <c>Email</c> (<c>Email__Mode</c>, <c>Email__PickupDirectory</c>).</summary>
public sealed record EmailOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Email";

    /// <summary><c>sendgrid</c> or <c>pickup</c> (see <see cref="EmailModes"/>).</summary>
    public string? Mode { get; set; }

    /// <summary>Pickup mode: the directory that receives one <c>.eml</c> file per message (created when missing).</summary>
    public string? PickupDirectory { get; set; }
}

/// <summary>The values of <c>Email__Mode</c>.</summary>
public static class EmailModes
{
    /// <summary>Send through the SendGrid v3 API.</summary>
    public const string SendGrid = "sendgrid";

    /// <summary>Write <c>.eml</c> files to <c>Email__PickupDirectory</c>.</summary>
    public const string Pickup = "pickup";
}

/// <summary>Configuration section <c>SendGrid</c>. The sender address is also used in pickup mode.</summary>
public sealed record SendGridOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "SendGrid";

    /// <summary>Used in pickup mode when <see cref="FromEmail"/> is not set.</summary>
    public const string DefaultFromEmail = "noreply@groupement.localhost";

    /// <summary>The API key (never logged).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The From address.</summary>
    public string? FromEmail { get; set; }

    /// <summary>The From display name.</summary>
    public string? FromName { get; set; }

    /// <summary>The API base address; defaults to https://api.sendgrid.com (tests point it at a local fake).</summary>
    public string? Host { get; set; }

    /// <summary>The Signed Event Webhook public key (base64 DER); when set, webhook signatures are verified.</summary>
    public string? WebhookVerificationKey { get; set; }

    /// <summary>
    /// How far the signed timestamp of a webhook post may be from the server's clock, either way (default 5 min):
    /// an older (replayed) or future-dated post is refused with 401 <c>SIGNATURE_EXPIRED</c>.
    /// </summary>
    public TimeSpan WebhookTimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts per message, the first included (default 5).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First back-off delay after a 5xx or a transport failure; doubles with jitter (default 1 s).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest rate-limit wait honoured in process; a longer one fails as retryable (default 60 s).</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time budget of one attempt (default 30 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time budget of one send, all attempts and waits included (default 2 min).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
