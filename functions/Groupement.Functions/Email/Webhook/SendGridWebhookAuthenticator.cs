using Microsoft.Extensions.Options;

namespace Groupement.Functions.Email.Webhook;

/// <summary>
/// The webhook endpoint's check: when <c>SendGrid__WebhookVerificationKey</c> is set every post must carry a
/// valid signature; when it is not set, posts are accepted unsigned (local runs, tests).
/// </summary>
public sealed class SendGridWebhookAuthenticator
{
    private readonly SendGridWebhookVerifier? _verifier;

    /// <summary>Creates the authenticator from the bound options.</summary>
    public SendGridWebhookAuthenticator(IOptions<SendGridOptions> options)
    {
        var key = options.Value.WebhookVerificationKey;
        _verifier = string.IsNullOrWhiteSpace(key) ? null : new SendGridWebhookVerifier(key);
    }

    /// <summary>True when a verification key is configured.</summary>
    public bool IsEnabled => _verifier is not null;

    /// <summary>
    /// True when verification is disabled, or when <paramref name="signature"/> (header
    /// <see cref="SendGridWebhookVerifier.SignatureHeader"/>) signs <paramref name="timestamp"/> (header
    /// <see cref="SendGridWebhookVerifier.TimestampHeader"/>) followed by the raw body <paramref name="payload"/>.
    /// </summary>
    public bool IsAuthentic(string payload, string? signature, string? timestamp) =>
        _verifier is null || _verifier.Verify(payload, signature, timestamp);
}
