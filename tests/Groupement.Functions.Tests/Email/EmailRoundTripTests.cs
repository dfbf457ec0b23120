using Groupement.Functions.Email;
using Groupement.Functions.Email.Webhook;
using Groupement.Functions.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Groupement.Functions.Tests.Email;

/// <summary>Composer, senders and webhook together, as the host will use them.</summary>
public sealed class EmailRoundTripTests
{
    private static NotificationModel Model(string kind) => new(kind, new EmailAddress("ref@mairie.fr", "M. Durand"),
        "e-PRIMO 2026", "https://g.example.fr/adhesions/adh-9", "Commune de Donges", AdhesionId: "adh-9", GroupementId: "grp-1",
        Comment: "Voir l'annexe.", Deadline: new DateOnly(2026, 1, 24),
        Dates: new Dictionary<string, DateOnly> { [NotificationDates.MarketEnd] = new(2030, 7, 19) });

    [Fact]
    public async Task Every_kind_lands_in_the_pickup_directory_with_its_kind_header()
    {
        var directory = Path.Combine(Path.GetTempPath(), "groupement-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var services = EmailServices.Build(new Dictionary<string, string?> { ["Email:Mode"] = "pickup", ["Email:PickupDirectory"] = directory });
            var composer = services.GetRequiredService<NotificationComposer>();
            var sender = services.GetRequiredService<IEmailSender>();

            foreach (var kind in NotificationKinds.All)
                await sender.SendAsync(composer.ComposeMessage(Model(kind), $"adh-9:{kind}"));

            var kinds = Directory.GetFiles(directory).Select(f => MimeMessage.Load(f))
                .Select(m => (Kind: m.Headers["X-Notification-Kind"], Html: m.HtmlBody, Text: m.TextBody)).ToList();
            Assert.Equal(NotificationKinds.All.Order(), kinds.Select(k => k.Kind).Order());
            Assert.All(kinds, k => Assert.Contains("https://g.example.fr/adhesions/adh-9", k.Text));
            // The raw file keeps the link on one line, so a person (or a script) can take it from the .eml.
            Assert.All(Directory.GetFiles(directory), f => Assert.Contains("https://g.example.fr/adhesions/adh-9\n", File.ReadAllText(f).ReplaceLineEndings("\n")));
            Assert.All(kinds.Where(k => k.Kind is not (NotificationKinds.ReviewReminder or NotificationKinds.SignIn)), k => Assert.Contains("Commune de Donges", k.Html));
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, true);
        }
    }

    [Fact]
    public async Task A_message_sent_to_the_fake_comes_back_as_a_signed_bounce_event_tied_to_its_adhesion()
    {
        await using var fake = await FakeSendGridServer.StartAsync();
        using var events = new FakeSendGridEvents();
        var settings = EmailServices.SendGridSettings(fake.BaseUrl);
        settings["SendGrid:WebhookVerificationKey"] = events.PublicKey;
        using var services = EmailServices.Build(settings);
        var message = services.GetRequiredService<NotificationComposer>().ComposeMessage(Model(NotificationKinds.Enrolled), "adh-9:enrolled");

        var sent = await services.GetRequiredService<IEmailSender>().SendAsync(message);

        var body = FakeSendGridEvents.Body(FakeSendGridEvents.EventFor(fake.Requests.Single(), "bounce", sent.ProviderMessageId!,
            DateTimeOffset.UtcNow, "550 5.1.1 User unknown", "bounce"));
        var (signature, timestamp) = events.Sign(body, DateTimeOffset.UtcNow);
        var authenticator = services.GetRequiredService<SendGridWebhookAuthenticator>();
        Assert.True(authenticator.IsAuthentic(body, signature, timestamp, DateTimeOffset.UtcNow));
        Assert.False(authenticator.IsAuthentic(body.Replace("bounce", "delivered"), signature, timestamp, DateTimeOffset.UtcNow));
        var bounce = Assert.Single(SendGridEventParser.Parse(body));
        Assert.Equal(EmailDeliveryStatus.Bounced, bounce.Status);
        Assert.Equal("adh-9", bounce.AdhesionId);
        Assert.Equal("enrolled", bounce.Kind);
        Assert.Equal("adh-9:enrolled", bounce.IdempotencyKey);
        Assert.Equal(sent.ProviderMessageId, bounce.ProviderMessageId);
    }

    [Fact]
    public async Task A_hung_attempt_is_abandoned_after_the_attempt_timeout_and_retried()
    {
        await using var fake = await FakeSendGridServer.StartAsync();
        fake.Enqueue(FakeSendGridResponse.Accepted("slow") with { Delay = TimeSpan.FromMinutes(2) });
        var settings = EmailServices.SendGridSettings(fake.BaseUrl);
        settings["SendGrid:AttemptTimeout"] = "00:00:00.500";
        using var services = EmailServices.Build(settings);

        var result = await services.GetRequiredService<IEmailSender>().SendAsync(EmailServices.Message());

        Assert.Equal(2, fake.Requests.Count);
        Assert.Equal("fake-1", result.ProviderMessageId);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_a_send_failure()
    {
        await using var fake = await FakeSendGridServer.StartAsync();
        fake.Enqueue(FakeSendGridResponse.Accepted("slow") with { Delay = TimeSpan.FromMinutes(2) });
        using var services = EmailServices.Build(EmailServices.SendGridSettings(fake.BaseUrl));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            services.GetRequiredService<IEmailSender>().SendAsync(EmailServices.Message(), cancel.Token));
    }
}
