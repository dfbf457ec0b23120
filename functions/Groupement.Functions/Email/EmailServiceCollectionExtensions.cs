using Groupement.Functions.Email.Webhook;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Groupement.Functions.Email;

/// <summary>Registration of the email subsystem.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="EmailOptions"/> (section <c>Email</c>) and <see cref="SendGridOptions"/> (section
    /// <c>SendGrid</c>), validated when the host starts (one line per missing key); registers
    /// <see cref="IEmailSender"/> for <c>Email__Mode</c> (<see cref="SendGridEmailSender"/> or
    /// <see cref="PickupEmailSender"/>), <see cref="NotificationComposer"/> and
    /// <see cref="SendGridWebhookAuthenticator"/> (checks signatures when <c>SendGrid__WebhookVerificationKey</c> is set).
    /// Uses the registered <see cref="TimeProvider"/>, adding <see cref="TimeProvider.System"/> when there is none.
    /// </summary>
    public static IServiceCollection AddGroupementEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SendGridOptions>().Bind(configuration.GetSection(SendGridOptions.SectionName));
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SendGridEmailSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<NotificationComposer>();
        services.TryAddSingleton<SendGridEmailSender>();
        services.TryAddSingleton<PickupEmailSender>();
        services.TryAddSingleton<IEmailSender>(sp =>
            sp.GetRequiredService<IOptions<EmailOptions>>().Value.Mode?.Trim().ToLowerInvariant() switch
            {
                EmailModes.SendGrid => sp.GetRequiredService<SendGridEmailSender>(),
                _ => sp.GetRequiredService<PickupEmailSender>(),
            });
        services.TryAddSingleton<SendGridWebhookAuthenticator>();
        return services;
    }

    /// <summary>The same, for <c>builder.AddGroupementEmail()</c> in Program.cs.</summary>
    public static IHostApplicationBuilder AddGroupementEmail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroupementEmail(builder.Configuration);
        return builder;
    }
}
