using Microsoft.Extensions.Options;

namespace Groupement.Functions.Email.Webhook;

/// <summary>The outcome of checking a webhook post.</summary>
public enum WebhookVerdict
{
    /// <summary>Verification is off, or the signature is valid and its timestamp fresh.</summary>
    Authentic,

    /// <summary>No signature, a malformed one, or one that does not sign this body and timestamp with the key.</summary>
    InvalidSignature,

    /// <summary>A valid signature over a timestamp too far from now: a replayed (or future-dated) post.</summary>
    Stale,
}

/// <summary>
/// The webhook endpoint's check: when <c>SendGrid__WebhookVerificationKey</c> is set every post must carry a
/// valid signature over a timestamp within <c>SendGrid__WebhookTimestampTolerance</c> of now (default 5 min), so a
/// captured post cannot be replayed later; when no key is set, posts are accepted unsigned (local runs, tests).
/// </summary>
public sealed class SendGridWebhookAuthenticator
{
    private readonly SendGridWebhookVerifier? _verifier;
    private readonly TimeSpan _tolerance;

    /// <summary>Creates the authenticator from the bound options.</summary>
    public SendGridWebhookAuthenticator(IOptions<SendGridOptions> options)
    {
        var key = options.Value.WebhookVerificationKey;
        _verifier = string.IsNullOrWhiteSpace(key) ? null : new SendGridWebhookVerifier(key);
        _tolerance = options.Value.WebhookTimestampTolerance;
    }

    /// <summary>True when a verification key is configured.</summary>
    public bool IsEnabled => _verifier is not null;

    /// <summary>
    /// Checks <paramref name="signature"/> (header <see cref="SendGridWebhookVerifier.SignatureHeader"/>) over
    /// <paramref name="timestamp"/> (header <see cref="SendGridWebhookVerifier.TimestampHeader"/>) followed by the raw
    /// body <paramref name="payload"/>, then the timestamp's distance to <paramref name="now"/>.
    /// </summary>
    public WebhookVerdict Check(string payload, string? signature, string? timestamp, DateTimeOffset now)
    {
        if (_verifier is null)
            return WebhookVerdict.Authentic;
        if (!_verifier.Verify(payload, signature, timestamp))
            return WebhookVerdict.InvalidSignature;
        return SendGridWebhookVerifier.IsTimestampFresh(timestamp?.Trim(), now, _tolerance) ? WebhookVerdict.Authentic : WebhookVerdict.Stale;
    }

    /// <summary>True when <see cref="Check"/> finds the post authentic at <paramref name="now"/>.</summary>
    public bool IsAuthentic(string payload, string? signature, string? timestamp, DateTimeOffset now) =>
        Check(payload, signature, timestamp, now) == WebhookVerdict.Authentic;
}
