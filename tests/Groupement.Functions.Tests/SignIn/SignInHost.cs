using System.Collections.Concurrent;
using Groupement.Functions.Tests.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupement.Functions.Tests.SignIn;

/// <summary>
/// The real host for staff sign-in tests: every log entry of every level is kept (to prove no secret reaches a log),
/// and the link rate limits are high enough for the many requests of one test class (a test server has one client).
/// </summary>
public class SignInHost : WorkflowHost
{
    private readonly ConcurrentQueue<string> _logs = new();

    /// <summary>Every entry the host logged, formatted, with its category and exception.</summary>
    public IReadOnlyList<string> Logs => [.. _logs];

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimit:SignInLinksPerClient"] = "10000",
        ["RateLimit:SignInLinksPerAddress"] = "100",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l =>
        {
            l.AddProvider(new AllLogs(_logs));
            l.SetMinimumLevel(LogLevel.Trace);
        });
    }

    private sealed class AllLogs(ConcurrentQueue<string> entries) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue($"{logLevel} {formatter(state, exception)} {state} {exception}");

        public void Dispose() { }
    }
}
