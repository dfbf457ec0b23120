using System.Net.Mail;
using Groupement.Functions.Email.Webhook;
using Microsoft.Extensions.Options;

namespace Groupement.Functions.Email;

/// <summary>
/// Start-up validation of the email settings: each failure is one line naming the key as an environment
/// variable (e.g. <c>Email__Mode=sendgrid requires SendGrid__ApiKey.</c>).
/// </summary>
public sealed class EmailOptionsValidator(IOptions<SendGridOptions> sendGrid) : IValidateOptions<EmailOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = Validate(options, sendGrid.Value);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Every problem of the pair of sections, one line each; empty when the settings are usable.</summary>
    public static IReadOnlyList<string> Validate(EmailOptions email, SendGridOptions sendGrid)
    {
        var errors = new List<string>();
        var mode = email.Mode?.Trim().ToLowerInvariant();
        switch (mode)
        {
            case null or "":
                errors.Add("Email__Mode is missing: set it to 'sendgrid' or 'pickup'.");
                break;
            case EmailModes.Pickup:
                if (string.IsNullOrWhiteSpace(email.PickupDirectory))
                    errors.Add("Email__Mode=pickup requires Email__PickupDirectory.");
                break;
            case EmailModes.SendGrid:
                if (string.IsNullOrWhiteSpace(sendGrid.ApiKey))
                    errors.Add("Email__Mode=sendgrid requires SendGrid__ApiKey.");
                if (string.IsNullOrWhiteSpace(sendGrid.FromEmail))
                    errors.Add("Email__Mode=sendgrid requires SendGrid__FromEmail.");
                if (!string.IsNullOrWhiteSpace(sendGrid.Host) && !IsHttpUri(sendGrid.Host))
                    errors.Add($"SendGrid__Host must be an absolute http(s) address, not '{sendGrid.Host}'.");
                ValidateRetrySettings(sendGrid, errors);
                break;
            default:
                errors.Add($"Email__Mode '{email.Mode}' is not supported: use 'sendgrid' or 'pickup'.");
                break;
        }
        if (!string.IsNullOrWhiteSpace(sendGrid.FromEmail) && !MailAddress.TryCreate(sendGrid.FromEmail, out _))
            errors.Add($"SendGrid__FromEmail '{sendGrid.FromEmail}' is not an email address.");
        if (!string.IsNullOrWhiteSpace(sendGrid.WebhookVerificationKey)
            && !SendGridWebhookVerifier.IsValidPublicKey(sendGrid.WebhookVerificationKey))
            errors.Add("SendGrid__WebhookVerificationKey is not a base64 ECDSA P-256 public key.");
        if (sendGrid.WebhookTimestampTolerance <= TimeSpan.Zero || sendGrid.WebhookTimestampTolerance > TimeSpan.FromHours(1))
            errors.Add("SendGrid__WebhookTimestampTolerance must be positive and at most 01:00:00.");
        return errors;
    }

    private static void ValidateRetrySettings(SendGridOptions o, List<string> errors)
    {
        if (o.MaxAttempts is < 1 or > 20)
            errors.Add("SendGrid__MaxAttempts must be between 1 and 20.");
        if (o.RetryBaseDelay < TimeSpan.Zero || o.MaxRateLimitWait < TimeSpan.Zero)
            errors.Add("SendGrid__RetryBaseDelay and SendGrid__MaxRateLimitWait must not be negative.");
        if (o.AttemptTimeout <= TimeSpan.Zero || o.TotalTimeout <= TimeSpan.Zero)
            errors.Add("SendGrid__AttemptTimeout and SendGrid__TotalTimeout must be positive.");
    }

    private static bool IsHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
