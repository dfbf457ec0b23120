using System.Collections.Concurrent;
using Groupement.Functions.Documents;
using Groupement.Functions.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>The real host for workflow tests: records every error-level log entry so a test can assert none was written.</summary>
public class WorkflowHost : GroupementHost
{
    private readonly ErrorLogProvider _errors = new();

    /// <summary>Error-level entries logged by the host since it started.</summary>
    public IReadOnlyList<string> Errors => _errors.Entries;

    /// <summary>Document limits to use instead of the defaults (null keeps them).</summary>
    protected virtual DocumentLimits? Limits => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l =>
        {
            l.AddProvider(_errors);
            // GROUPEMENT_TEST_LOG=<file>: every entry of the engine and the app, for a failing test's diagnosis.
            if (Environment.GetEnvironmentVariable("GROUPEMENT_TEST_LOG") is { Length: > 0 } file)
            {
                l.AddProvider(new FileLogProvider(file));
                l.SetMinimumLevel(LogLevel.Debug);
            }
        });
        if (Limits is { } limits)
            builder.ConfigureTestServices(s => s.AddSingleton(limits));
    }

    /// <summary>Fails when the host logged any error (an unhandled exception, a 500, a failed activity).</summary>
    public void AssertNoErrors() => Assert.True(Errors.Count == 0, "Le serveur a journalisé des erreurs :\n" + string.Join("\n", Errors));

    private sealed class FileLogProvider(string file) : ILoggerProvider
    {
        private static readonly object Gate = new();

        public ILogger CreateLogger(string categoryName) => new FileLogger(categoryName, file);

        public void Dispose() { }

        private sealed class FileLogger(string category, string file) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug && !category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel)) return;
                lock (Gate) File.AppendAllText(file, $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)} {exception}\n");
            }
        }
    }

    private sealed class ErrorLogProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _entries = new();

        public IReadOnlyList<string> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new ErrorLogger(categoryName, _entries);

        public void Dispose() { }
    }

    private sealed class ErrorLogger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
