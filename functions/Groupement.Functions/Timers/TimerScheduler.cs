using Cronos;
using Groupement.Functions.Hosting;

namespace Groupement.Functions.Timers;

/// <summary>Runs each registered <see cref="ITimerFunction"/> at its NCRONTAB occurrences, in the configured time zone.</summary>
internal sealed partial class TimerScheduler(IEnumerable<ITimerFunction> functions, IConfiguration config, HostSettings settings,
    TimeProvider time, ILogger<TimerScheduler> logger) : BackgroundService
{
    /// <summary>Parses a six-field NCRONTAB expression; throws <see cref="ConfigurationException"/> naming the key.</summary>
    public static CronExpression Parse(string key, string expression)
    {
        try
        {
            return CronExpression.Parse(expression, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException e)
        {
            throw new ConfigurationException($"Configuration: {key.Replace(":", "__")} '{expression}' is not a six-field NCRONTAB schedule ({e.Message}).");
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(functions.Select(f => RunScheduleAsync(f, stoppingToken)));

    private async Task RunScheduleAsync(ITimerFunction function, CancellationToken stop)
    {
        var cron = Parse(function.Schedule.Key, config[function.Schedule.Key] is { Length: > 0 } s ? s : function.Schedule.Default);
        while (!stop.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = cron.GetNextOccurrence(now, settings.TimeZone);
            if (next is null) return;
            try
            {
                await Task.Delay(next.Value - now, time, stop);
                LogRunning(logger, function.Name, next.Value);
                await function.RunAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, function.Name, e);
            }
        }
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Timer function {Name} running for occurrence {Occurrence:o}")]
    private static partial void LogRunning(ILogger logger, string name, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Timer function {Name} failed; it will run again at its next occurrence")]
    private static partial void LogFailed(ILogger logger, string name, Exception exception);
}
