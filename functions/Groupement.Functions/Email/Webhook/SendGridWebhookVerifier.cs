using System.Globalization;
using System.Security.Cryptography;
using SendGrid.Helpers.EventWebhook;

namespace Groupement.Functions.Email.Webhook;

/// <summary>
/// Verifies SendGrid Signed Event Webhook requests: an ECDSA P-256 / SHA-256 signature (base64 DER, header
/// <see cref="SignatureHeader"/>) over the timestamp header value followed by the raw request body.
/// Delegates the curve arithmetic to SendGrid's own <see cref="RequestValidator"/>.
/// </summary>
public sealed class SendGridWebhookVerifier
{
    /// <summary>The header carrying the base64 signature.</summary>
    public const string SignatureHeader = RequestValidator.SIGNATURE_HEADER;

    /// <summary>The header carrying the timestamp (epoch seconds) that was signed with the body.</summary>
    public const string TimestampHeader = RequestValidator.TIMESTAMP_HEADER;

    private const string P256Oid = "1.2.840.10045.3.1.7";
    private readonly RequestValidator _validator = new();
    private readonly EllipticCurve.PublicKey _publicKey;

    /// <summary>Creates a verifier for the key of <c>SendGrid__WebhookVerificationKey</c> (base64 DER or PEM).</summary>
    /// <exception cref="ArgumentException">The key is not an ECDSA P-256 public key.</exception>
    public SendGridWebhookVerifier(string publicKey)
    {
        if (!IsValidPublicKey(publicKey))
            throw new ArgumentException("SendGrid__WebhookVerificationKey is not a base64 ECDSA P-256 public key.", nameof(publicKey));
        _publicKey = _validator.ConvertPublicKeyToECDSA(ToPem(publicKey));
    }

    /// <summary>True when <paramref name="publicKey"/> is a P-256 SubjectPublicKeyInfo, base64 DER or PEM.</summary>
    public static bool IsValidPublicKey(string? publicKey)
    {
        if (string.IsNullOrWhiteSpace(publicKey))
            return false;
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(StripPem(publicKey)), out _);
            return ecdsa.ExportParameters(false).Curve.Oid.Value == P256Oid;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="signature"/> signs <paramref name="timestamp"/> + <paramref name="payload"/>
    /// (the body exactly as received, UTF-8). Missing or malformed headers give false, never an exception.
    /// </summary>
    public bool Verify(string payload, string? signature, string? timestamp)
    {
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
            return false;
        try
        {
            return _validator.VerifySignature(_publicKey, payload, signature.Trim(), timestamp.Trim());
        }
        catch (Exception e) when (e is not OutOfMemoryException) // the parser throws many types on junk input
        {
            return false;
        }
    }

    /// <summary>
    /// True when the signed timestamp is within <paramref name="tolerance"/> of <paramref name="now"/>:
    /// refuse replays of old, validly signed requests.
    /// </summary>
    public static bool IsTimestampFresh(string? timestamp, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return false;
        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return false;
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return (now - signedAt).Duration() <= tolerance;
    }

    private static string StripPem(string key) => string.Concat(key
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => !line.StartsWith("-----", StringComparison.Ordinal)));

    private static string ToPem(string key) =>
        $"-----BEGIN PUBLIC KEY-----\n{StripPem(key)}\n-----END PUBLIC KEY-----\n";
}
