using Groupement.Functions.Hosting;
using Groupement.Functions.Http;
using Groupement.LocalHost.Web;
using Microsoft.DurableTask.Client;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Groupement.LocalHost;

/// <summary>The local host's registrations and pipeline: the app's own, plus what the Functions host would provide.</summary>
public static class LocalHostExtensions
{
    public static WebApplicationBuilder AddLocalHost(this WebApplicationBuilder builder)
    {
        // local.settings.json (Functions format) under everything else: environment variables override it.
        builder.Configuration.AddLocalSettings(LocalSettingsConfigurationExtensions.SearchPath(builder.Environment.ContentRootPath));
        builder.AddGroupementApp();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 61L * 1024 * 1024);
        builder.Services.AddSingleton<DurableEngine>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DurableEngine>());
        builder.Services.AddSingleton<LocalDurableTaskClient>();
        builder.Services.AddSingleton<DurableTaskClient>(sp => sp.GetRequiredService<LocalDurableTaskClient>());
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<TimerFunctions>();
        builder.Services.AddHostedService<TimerScheduler>();
        builder.Services.AddSingleton(_ => StaticSite.Load(StaticSiteEndpoints.ResolveRoot(builder.Configuration, builder.Environment.ContentRootPath)));
        AddTelemetry(builder);
        return builder;
    }

    // The app's telemetry (Azure Monitor, OTLP, console as configured) plus what the Functions host would trace: requests.
    private static void AddTelemetry(WebApplicationBuilder builder) =>
        builder.AddGroupementTelemetry().WithTracing(t => t.AddAspNetCoreInstrumentation(
            o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/api/health")));

    public static WebApplication UseLocalHost(this WebApplication app)
    {
        app.UseExceptionHandler();
        var deadline = RequestDeadline.From(app.Configuration);
        app.Use((http, next) => RequestDeadline.RunAsync(http, deadline, () => next(http)));
        var priority = app.Services.GetRequiredService<DurableEngine>().Priority;
        app.Use(async (http, next) =>
        {
            using (ForegroundPriority.IsWrite(http.Request) ? priority.Write() : null) await next(http);
        });
        app.UseStatusCodePages(async ctx =>
        {
            var r = ctx.HttpContext.Response;
            if (r.HasStarted || r.ContentLength > 0 || r.ContentType is not null) return;
            var (code, detail) = r.StatusCode switch
            {
                404 => ("NOT_FOUND", "Aucune ressource à cette adresse."),
                405 => ("METHOD_NOT_ALLOWED", "Cette méthode HTTP n'est pas acceptée à cette adresse."),
                415 => ("UNSUPPORTED_MEDIA_TYPE", "Ce type de contenu n'est pas accepté ici."),
                _ => ("HTTP_" + r.StatusCode, "La requête n'a pas abouti."),
            };
            await ProblemResponses.Write(ctx.HttpContext, new ApiProblemException(r.StatusCode, code, detail, detail)).ExecuteAsync(ctx.HttpContext);
        });
        app.MapHttpFunctions(app.Services.GetRequiredService<DurableEngine>().Functions);
        TimerFunctions.MapAdminRoute(app);
        _ = app.Services.GetRequiredService<StaticSite>(); // read, fingerprinted and compressed at startup
        app.MapStaticSite();
        return app;
    }

    /// <summary>Runs until shutdown; bad configuration found late is one line and exit code 2.</summary>
    public static async Task<int> RunLocalHostAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (StartupChecks.ConfigurationProblem(e) is { } c)
        {
            await Console.Error.WriteLineAsync(c.Message);
            return 2;
        }
    }
}

/// <summary>The local host's error boundary (the Functions worker's is <see cref="ProblemMiddleware"/>): problem+json.</summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : Microsoft.AspNetCore.Diagnostics.IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        await ProblemResponses.WriteAsync(context, exception, logger);
        return true;
    }
}
