using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Groupement.Functions.Tests.Fakes;

/// <summary>
/// Builds what SendGrid's event webhook would post about messages the fake received, and signs it the way the
/// Signed Event Webhook does (ECDSA P-256 over timestamp + body), for tests of the webhook endpoint.
/// </summary>
public sealed class FakeSendGridEvents : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The value to configure as <c>SendGrid__WebhookVerificationKey</c>.</summary>
    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    /// <summary>
    /// One event per recipient of <paramref name="sent"/> (a recorded mail/send): its custom args,
    /// <c>sg_message_id</c> from the X-Message-Id the fake answered, and <paramref name="reason"/> for failures.
    /// </summary>
    public static Dictionary<string, object?> EventFor(RecordedRequest sent, string eventName, string providerMessageId,
        DateTimeOffset at, string? reason = null, string? bounceType = null)
    {
        var json = sent.Json;
        var personalization = json.GetProperty("personalizations")[0];
        var e = new Dictionary<string, object?>
        {
            ["email"] = personalization.GetProperty("to")[0].GetProperty("email").GetString(),
            ["timestamp"] = at.ToUnixTimeSeconds(),
            ["event"] = eventName,
            ["sg_event_id"] = Guid.NewGuid().ToString("N"),
            ["sg_message_id"] = $"{providerMessageId}.filter0001.1.2.0",
        };
        if (reason is not null)
            e["reason"] = reason;
        if (bounceType is not null)
            e["type"] = bounceType;
        foreach (var scope in new[] { json, personalization })
            if (scope.TryGetProperty("custom_args", out var args))
                foreach (var arg in args.EnumerateObject())
                    e[arg.Name] = arg.Value.GetString();
        return e;
    }

    /// <summary>The JSON body of a webhook post.</summary>
    public static string Body(params Dictionary<string, object?>[] events) => JsonSerializer.Serialize(events);

    /// <summary>The two headers of a signed post of <paramref name="body"/>.</summary>
    public (string Signature, string Timestamp) Sign(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = _key.SignData(Encoding.UTF8.GetBytes(timestamp + body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return (Convert.ToBase64String(signature), timestamp);
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
