using System.Security.Cryptography;
using Groupement.Functions.Email;
using Groupement.Functions.Email.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Groupement.Functions.Tests.Email;

public sealed class EmailOptionsTests
{
    private static IReadOnlyList<string> Errors(EmailOptions email, SendGridOptions? sendGrid = null) =>
        EmailOptionsValidator.Validate(email, sendGrid ?? new SendGridOptions());

    [Fact]
    public void Sendgrid_mode_without_api_key_names_the_missing_key()
    {
        var errors = Errors(new EmailOptions { Mode = "sendgrid" }, new SendGridOptions { FromEmail = "g@example.fr" });

        Assert.Equal(["Email__Mode=sendgrid requires SendGrid__ApiKey."], errors);
    }

    [Fact]
    public void Sendgrid_mode_needs_a_from_address_and_a_valid_host()
    {
        var errors = Errors(new EmailOptions { Mode = "SendGrid" }, new SendGridOptions { ApiKey = "SG.x", Host = "not a url" });

        Assert.Contains("Email__Mode=sendgrid requires SendGrid__FromEmail.", errors);
        Assert.Contains(errors, e => e.StartsWith("SendGrid__Host must be an absolute http(s) address"));
    }

    [Fact]
    public void Pickup_mode_without_directory_names_the_missing_key()
    {
        Assert.Equal(["Email__Mode=pickup requires Email__PickupDirectory."], Errors(new EmailOptions { Mode = "pickup" }));
    }

    [Fact]
    public void A_missing_or_unknown_mode_says_which_values_are_allowed()
    {
        Assert.Equal(["Email__Mode is missing: set it to 'sendgrid' or 'pickup'."], Errors(new EmailOptions()));
        Assert.Equal(["Email__Mode 'smtp' is not supported: use 'sendgrid' or 'pickup'."], Errors(new EmailOptions { Mode = "smtp" }));
    }

    [Fact]
    public void A_webhook_key_that_is_not_a_P256_public_key_is_refused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var wrongCurve = Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo());

        Assert.Contains("SendGrid__WebhookVerificationKey is not a base64 ECDSA P-256 public key.",
            Errors(new EmailOptions { Mode = "pickup", PickupDirectory = "/tmp/x" }, new SendGridOptions { WebhookVerificationKey = "bm90IGEga2V5" }));
        Assert.Contains("SendGrid__WebhookVerificationKey is not a base64 ECDSA P-256 public key.",
            Errors(new EmailOptions { Mode = "pickup", PickupDirectory = "/tmp/x" }, new SendGridOptions { WebhookVerificationKey = wrongCurve }));
    }

    [Fact]
    public void Complete_settings_have_no_error()
    {
        Assert.Empty(Errors(new EmailOptions { Mode = "sendgrid" }, new SendGridOptions { ApiKey = "SG.x", FromEmail = "g@example.fr", Host = "http://127.0.0.1:5000" }));
        Assert.Empty(Errors(new EmailOptions { Mode = "pickup", PickupDirectory = "mail" }));
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_one_line_naming_the_missing_key()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Email:Mode"] = "sendgrid",
            ["SendGrid:FromEmail"] = "g@example.fr",
        });
        builder.AddGroupementEmail();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Email__Mode=sendgrid requires SendGrid__ApiKey.", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_mode_picks_the_sender_and_the_composer_and_authenticator_are_registered()
    {
        using var pickup = EmailServices.Build(new Dictionary<string, string?> { ["Email:Mode"] = "pickup", ["Email:PickupDirectory"] = Path.GetTempPath() });
        using var sendGrid = EmailServices.Build(EmailServices.SendGridSettings("http://127.0.0.1:9"));

        Assert.IsType<PickupEmailSender>(pickup.GetRequiredService<IEmailSender>());
        Assert.IsType<SendGridEmailSender>(sendGrid.GetRequiredService<IEmailSender>());
        Assert.NotNull(pickup.GetRequiredService<NotificationComposer>());
        Assert.False(pickup.GetRequiredService<SendGridWebhookAuthenticator>().IsEnabled);
    }
}
