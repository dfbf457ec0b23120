using System.Collections.Concurrent;
using Groupement.Functions.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupement.Functions.Tests.Email;

/// <summary>Builds the email subsystem the way the host does: configuration keys, AddGroupementEmail, a container.</summary>
internal static class EmailServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider? time = null, CapturingLoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                b.AddProvider(logs);
        });
        if (time is not null)
            services.AddSingleton(time);
        services.AddGroupementEmail(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static Dictionary<string, string?> SendGridSettings(string host, string apiKey = "SG.test-key-not-a-secret") => new()
    {
        ["Email:Mode"] = "sendgrid",
        ["SendGrid:ApiKey"] = apiKey,
        ["SendGrid:FromEmail"] = "groupement@example.fr",
        ["SendGrid:FromName"] = "Groupement e-PRIMO",
        ["SendGrid:Host"] = host,
        ["SendGrid:RetryBaseDelay"] = "00:00:00.050",
    };

    public static EmailMessage Message(string idempotencyKey = "adhesion-42:7", string kind = NotificationKinds.Enrolled,
        IReadOnlyList<EmailAttachment>? attachments = null) => new(
        new EmailAddress("secretariat@mairie-exemple.fr", "Mme Martin"),
        "Adhésion confirmée – e-PRIMO",
        "Bonjour,\n\nVotre adhésion est confirmée.\n",
        "<p>Bonjour,</p><p>Votre adhésion est confirmée.</p>",
        kind,
        idempotencyKey,
        attachments,
        new Dictionary<string, string> { ["adhesionId"] = "adh-42", ["groupementId"] = "grp-1" });
}

/// <summary>Keeps every formatted log line, to check what is (not) logged.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
    }
}
