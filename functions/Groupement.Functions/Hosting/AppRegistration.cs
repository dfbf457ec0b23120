using Groupement.Functions.Features.Analysis;
using Groupement.Functions.Auth;
using Groupement.Functions.Email;
using Groupement.Functions.Http;
using Groupement.Functions.Features.Reminders;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Hosting;

/// <summary>
/// Everything the app's functions need, registered once for both hosts: the Functions worker (Azure, <c>func start</c>)
/// and the local host (./run.sh, the tests, the image). Settings are read lazily and checked at start-up.
/// </summary>
public static class AppRegistration
{
    /// <summary>The ActivitySource name of our own spans.</summary>
    public const string ActivitySourceName = "Groupement";

    public static IHostApplicationBuilder AddGroupementApp(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => HostSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddHostedService<StartupValidation>();
        services.AddSingleton(TimeProvider.System);
        services.AddGroupementStorageClients();
        services.AddGroupementStorage();
        builder.AddGroupementEmail();
        services.AddSingleton<Access>();
        services.AddSingleton(sp => SignInSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<SignInRateLimiter>();
        services.AddSingleton<AdhesionSignals>();
        services.AddSingleton(sp => ClientAddresses.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<SubmissionRateLimiter>();
        services.AddSingleton<ContinuationTokens>();
        services.AddSingleton<NotificationSender>();
        services.AddSingleton<ReferenceDataProvider>();
        services.AddSingleton(new Groupement.Documents.OcrReader(new Groupement.Documents.OcrOptions()));
        services.AddSingleton<DeliberationAnalysisService>();
        services.AddGroupementReminders();
        services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }
}
