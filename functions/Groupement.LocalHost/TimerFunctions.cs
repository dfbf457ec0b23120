using Cronos;
using Groupement.Functions.Hosting;
using Groupement.Functions.Http;

namespace Groupement.LocalHost;

/// <summary>
/// Runs the app's timer-triggered functions on their NCRONTAB schedules (six fields, seconds first; a <c>%Setting%</c>
/// is read from configuration, as the Functions host resolves it), in <c>WEBSITE_TIME_ZONE</c> when set, else UTC (as
/// on Flex Consumption), and serves <c>POST /admin/functions/{name}</c> with the admin key (in Azure the Functions
/// host serves that route itself, with the master key).
/// </summary>
public sealed class TimerFunctions(DurableEngine engine, IServiceProvider services, IConfiguration config)
{
    /// <summary>The timer functions of the app.</summary>
    public IEnumerable<FunctionDescriptor> All => engine.Functions.Where(f => f.Kind == TriggerKind.Timer);

    /// <summary>The schedule of a timer function, its <c>%Setting%</c> resolved.</summary>
    public (string Key, CronExpression Cron) ScheduleOf(FunctionDescriptor function)
    {
        var schedule = function.Schedule!;
        if (schedule.StartsWith('%') && schedule.EndsWith('%'))
        {
            var key = schedule.Trim('%');
            var value = config[key] is { Length: > 0 } v ? v
                : throw new ConfigurationException($"Configuration: {key.Replace(":", "__")} is missing: the schedule of {function.Name}.");
            return (key, Ncrontab.Parse(key, value));
        }
        return (function.Name, Ncrontab.Parse(function.Name, schedule));
    }

    /// <summary>The time zone of schedules.</summary>
    public TimeZoneInfo TimeZone => config["WEBSITE_TIME_ZONE"] is { Length: > 0 } tz ? TimeZoneInfo.FindSystemTimeZoneById(tz) : TimeZoneInfo.Utc;

    /// <summary>Runs a timer function once, now.</summary>
    public async Task RunAsync(FunctionDescriptor function, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var invoker = scope.ServiceProvider.GetRequiredService<FunctionInvoker>();
        await invoker.InvokeAsync(function, scope.ServiceProvider, new InvocationBindings { CancellationToken = ct });
    }

    /// <summary>Maps <c>POST /admin/functions/{name}</c>.</summary>
    public static void MapAdminRoute(IEndpointRouteBuilder app) =>
        app.MapPost("/admin/functions/{name}", async (string name, HttpContext http, TimerFunctions timers, Functions.Auth.Access access) =>
        {
            access.RequireAdmin(http);
            var function = timers.All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw ApiProblemException.NotFound("FUNCTION_NOT_FOUND",
                    $"Aucune fonction nommée « {name} ». Fonctions connues : {string.Join(", ", timers.All.Select(f => f.Name))}.");
            await timers.RunAsync(function, http.RequestAborted);
            return Results.Accepted(value: new { name = function.Name, ranAt = DateTimeOffset.UtcNow });
        });
}

/// <summary>Runs each timer function at its NCRONTAB occurrences (the Functions host's timer listener).</summary>
public sealed partial class TimerScheduler(TimerFunctions timers, TimeProvider time, ILogger<TimerScheduler> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(timers.All.Select(f => RunScheduleAsync(f, stoppingToken)));

    private async Task RunScheduleAsync(FunctionDescriptor function, CancellationToken stop)
    {
        FunctionInvoker.Check(function);
        var (_, cron) = timers.ScheduleOf(function);
        while (!stop.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = cron.GetNextOccurrence(now, timers.TimeZone);
            if (next is null) return;
            try
            {
                await Task.Delay(next.Value - now, time, stop);
                LogRunning(logger, function.Name, next.Value);
                await timers.RunAsync(function, stop);
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
