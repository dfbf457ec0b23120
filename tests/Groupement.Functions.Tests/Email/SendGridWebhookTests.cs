using System.Security.Cryptography;
using System.Text;
using Groupement.Functions.Email;
using Groupement.Functions.Email.Webhook;
using Microsoft.Extensions.Options;

namespace Groupement.Functions.Tests.Email;

public sealed class SendGridWebhookTests
{
    private const string Payload = """
        [
          {"email":"secretariat@mairie.fr","timestamp":1769245200,"event":"delivered","sg_event_id":"ev-1",
           "sg_message_id":"fake-7.filter0001.16648.5515E0B88.0","smtp-id":"<x@sendgrid>","response":"250 OK",
           "kind":"enrolled","idempotencyKey":"adh-42:7","adhesionId":"adh-42","groupementId":"grp-1"},
          {"email":"nobody@mairie.fr","timestamp":"1769245260","event":"bounce","type":"bounce","status":"5.1.1",
           "reason":"550 5.1.1 User unknown","sg_message_id":"fake-8.filter0002.1.2.0","kind":"invitation","idempotencyKey":"inv-1:2"},
          {"email":"full@mairie.fr","timestamp":1769245300,"event":"bounce","type":"blocked","reason":"mailbox full"},
          {"email":"x@mairie.fr","timestamp":1769245320,"event":"dropped","reason":"Bounced Address","kind":"rejected"},
          {"email":"y@mairie.fr","timestamp":1769245330,"event":"deferred","response":"400 try again later","attempt":"3"},
          {"email":"z@mairie.fr","timestamp":1769245340,"event":"open","useragent":"Mozilla","ip":"1.2.3.4","kind":"review-needed"},
          {"email":"no-event@mairie.fr","timestamp":1769245340},
          {"email":"w@mairie.fr","timestamp":1769245350,"event":"group_resubscribe"}
        ]
        """;

    [Fact]
    public void The_parser_reads_status_custom_args_message_id_and_reason()
    {
        var events = SendGridEventParser.Parse(Payload);

        Assert.Equal(7, events.Count);
        var delivered = events[0];
        Assert.Equal(EmailDeliveryStatus.Delivered, delivered.Status);
        Assert.Equal("secretariat@mairie.fr", delivered.Email);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1769245200), delivered.Timestamp);
        Assert.Equal("enrolled", delivered.Kind);
        Assert.Equal("adh-42:7", delivered.IdempotencyKey);
        Assert.Equal("adh-42", delivered.AdhesionId);
        Assert.Equal("grp-1", delivered.GroupementId);
        Assert.Equal("fake-7", delivered.ProviderMessageId);
        Assert.Equal("ev-1", delivered.SgEventId);
        Assert.False(delivered.IsFailure);
        Assert.DoesNotContain("smtp-id", delivered.CustomArgs.Keys);

        var bounce = events[1];
        Assert.Equal(EmailDeliveryStatus.Bounced, bounce.Status);
        Assert.True(bounce.IsFailure);
        Assert.Equal("550 5.1.1 User unknown", bounce.Reason);
        Assert.Equal("5.1.1", bounce.SmtpStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1769245260), bounce.Timestamp);
        Assert.Null(bounce.AdhesionId);

        Assert.Equal(EmailDeliveryStatus.Blocked, events[2].Status);
        Assert.Equal(EmailDeliveryStatus.Dropped, events[3].Status);
        Assert.Equal("Bounced Address", events[3].Reason);
        Assert.Equal(EmailDeliveryStatus.Deferred, events[4].Status);
        Assert.Equal("400 try again later", events[4].Reason);
        Assert.Equal(EmailDeliveryStatus.Opened, events[5].Status);
        Assert.Equal("review-needed", events[5].Kind);
        Assert.Equal(EmailDeliveryStatus.Unknown, events[6].Status);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"event\":\"delivered\"}")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public void A_body_that_is_not_an_array_of_events_is_a_format_error(string body)
    {
        Assert.Throws<SendGridEventFormatException>(() => SendGridEventParser.Parse(body));
    }

    [Fact]
    public void An_empty_array_has_no_event()
    {
        Assert.Empty(SendGridEventParser.Parse("[]"));
    }

    private static (string PublicKey, ECDsa Key) NewKey()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()), key);
    }

    private static string Sign(ECDsa key, string timestamp, string payload) => Convert.ToBase64String(
        key.SignData(Encoding.UTF8.GetBytes(timestamp + payload), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    [Fact]
    public void A_signature_made_with_the_private_key_verifies()
    {
        var (publicKey, key) = NewKey();
        using (key)
        {
            var verifier = new SendGridWebhookVerifier(publicKey);

            Assert.True(verifier.Verify(Payload, Sign(key, "1769245400", Payload), "1769245400"));
        }
    }

    [Fact]
    public void A_tampered_payload_timestamp_or_signature_or_another_key_fails()
    {
        var (publicKey, key) = NewKey();
        var (_, other) = NewKey();
        using (key)
        using (other)
        {
            var verifier = new SendGridWebhookVerifier(publicKey);
            var signature = Sign(key, "1769245400", Payload);

            Assert.False(verifier.Verify(Payload.Replace("delivered", "bounce"), signature, "1769245400"));
            Assert.False(verifier.Verify(Payload, signature, "1769245401"));
            Assert.False(verifier.Verify(Payload, Sign(other, "1769245400", Payload), "1769245400"));
            Assert.False(verifier.Verify(Payload, "bm90IGEgc2lnbmF0dXJl", "1769245400"));
            Assert.False(verifier.Verify(Payload, "%%%", "1769245400"));
            Assert.False(verifier.Verify(Payload, null, "1769245400"));
            Assert.False(verifier.Verify(Payload, signature, null));
        }
    }

    [Fact]
    public void A_PEM_key_is_accepted_too()
    {
        var (_, key) = NewKey();
        using (key)
        {
            var verifier = new SendGridWebhookVerifier(key.ExportSubjectPublicKeyInfoPem());

            Assert.True(verifier.Verify("[]", Sign(key, "1", "[]"), "1"));
        }
    }

    [Fact]
    public void The_authenticator_accepts_unsigned_posts_only_when_no_key_is_configured()
    {
        var (publicKey, key) = NewKey();
        using (key)
        {
            var now = DateTimeOffset.FromUnixTimeSeconds(1769245400);
            var off = new SendGridWebhookAuthenticator(Options.Create(new SendGridOptions()));
            var on = new SendGridWebhookAuthenticator(Options.Create(new SendGridOptions { WebhookVerificationKey = publicKey }));

            Assert.True(off.IsAuthentic(Payload, null, null, now));
            Assert.True(on.IsEnabled);
            Assert.False(on.IsAuthentic(Payload, null, null, now));
            Assert.True(on.IsAuthentic(Payload, Sign(key, "1769245400", Payload), "1769245400", now));
        }
    }

    [Theory]
    [InlineData(0, WebhookVerdict.Authentic)]
    [InlineData(-299, WebhookVerdict.Authentic)]
    [InlineData(299, WebhookVerdict.Authentic)]
    [InlineData(-301, WebhookVerdict.Stale)]
    [InlineData(-86_400, WebhookVerdict.Stale)]
    [InlineData(301, WebhookVerdict.Stale)]
    public void A_validly_signed_post_is_refused_as_stale_past_five_minutes_either_way(int ageSeconds, WebhookVerdict expected)
    {
        var (publicKey, key) = NewKey();
        using (key)
        {
            var now = DateTimeOffset.FromUnixTimeSeconds(1769245400);
            var timestamp = (1769245400 + ageSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var authenticator = new SendGridWebhookAuthenticator(Options.Create(new SendGridOptions { WebhookVerificationKey = publicKey }));

            Assert.Equal(expected, authenticator.Check(Payload, Sign(key, timestamp, Payload), timestamp, now));
        }
    }

    [Fact]
    public void A_bad_signature_is_invalid_whatever_its_timestamp_and_the_tolerance_is_a_setting()
    {
        var (publicKey, key) = NewKey();
        var (_, other) = NewKey();
        using (key)
        using (other)
        {
            var now = DateTimeOffset.FromUnixTimeSeconds(1769245400);
            var strict = new SendGridWebhookAuthenticator(Options.Create(new SendGridOptions
            {
                WebhookVerificationKey = publicKey, WebhookTimestampTolerance = TimeSpan.FromSeconds(30),
            }));

            Assert.Equal(WebhookVerdict.InvalidSignature, strict.Check(Payload, Sign(other, "1769245400", Payload), "1769245400", now));
            Assert.Equal(WebhookVerdict.InvalidSignature, strict.Check(Payload, Sign(other, "1769200000", Payload), "1769200000", now));
            Assert.Equal(WebhookVerdict.Stale, strict.Check(Payload, Sign(key, "1769245340", Payload), "1769245340", now));
            Assert.Equal(WebhookVerdict.Authentic, strict.Check(Payload, Sign(key, "1769245380", Payload), "1769245380", now));
        }
    }

    [Fact]
    public void A_tolerance_that_is_not_positive_or_over_an_hour_is_a_configuration_error()
    {
        var email = new EmailOptions { Mode = "pickup", PickupDirectory = "outbox" };

        Assert.Contains("SendGrid__WebhookTimestampTolerance must be positive and at most 01:00:00.",
            EmailOptionsValidator.Validate(email, new SendGridOptions { WebhookTimestampTolerance = TimeSpan.Zero }));
        Assert.Contains("SendGrid__WebhookTimestampTolerance must be positive and at most 01:00:00.",
            EmailOptionsValidator.Validate(email, new SendGridOptions { WebhookTimestampTolerance = TimeSpan.FromHours(2) }));
        Assert.Empty(EmailOptionsValidator.Validate(email, new SendGridOptions()));
    }

    [Fact]
    public void Timestamp_freshness_is_checked_against_a_tolerance()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1769245400);

        Assert.True(SendGridWebhookVerifier.IsTimestampFresh("1769245300", now, TimeSpan.FromMinutes(5)));
        Assert.False(SendGridWebhookVerifier.IsTimestampFresh("1769240000", now, TimeSpan.FromMinutes(5)));
        Assert.False(SendGridWebhookVerifier.IsTimestampFresh("soon", now, TimeSpan.FromMinutes(5)));
    }
}
