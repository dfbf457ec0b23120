using System.Threading.RateLimiting;
using Groupement.Functions.Auth;
using Groupement.Functions.Http;
using Groupement.Functions.Timers;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Groupement.Functions.Hosting;

/// <summary>All of the host's registrations, in one place (eShop style).</summary>
public static class HostingExtensions
{
    /// <summary>The ActivitySource name of our own spans.</summary>
    public const string ActivitySourceName = "Groupement";

    /// <summary>The rate-limiter policy of anonymous submissions.</summary>
    public const string SubmissionsPolicy = "submissions";

    /// <summary>Configuration sources, settings, problem+json, telemetry, rate limiting, timers.</summary>
    public static WebApplicationBuilder AddGroupementHost(this WebApplicationBuilder builder)
    {
        // local.settings.json (Functions format) under everything else: environment variables override it.
        builder.Configuration.AddLocalSettings(LocalSettingsConfigurationExtensions.SearchPath(builder.Environment.ContentRootPath));

        // Read lazily (after WebApplicationFactory and environment overrides apply), checked first thing at start-up.
        builder.Services.AddSingleton(sp => HostSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddHostedService<StartupValidation>();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 61L * 1024 * 1024);

        AddTelemetry(builder);
        AddRateLimiting(builder.Services);
        builder.Services.AddHostedService<TimerScheduler>();
        return builder;
    }

    private static void AddTelemetry(WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var console = string.Equals(builder.Configuration["Telemetry:Console"], "true", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("groupement"))
            .WithTracing(t =>
            {
                t.AddSource(ActivitySourceName, "Groupement.Durable", "Azure.*").AddAspNetCoreInstrumentation(
                    o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/api/health"));
                if (otlp) t.AddOtlpExporter();
                if (console) t.AddConsoleExporter();
            });
        builder.Logging.AddOpenTelemetry(l =>
        {
            l.IncludeFormattedMessage = true;
            if (otlp) l.AddOtlpExporter();
        });
    }

    private static void AddRateLimiting(IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
                ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString();
                throw new ApiProblemException(429, "RATE_LIMITED", "Trop de requêtes.",
                    $"Trop de dépôts depuis votre connexion ; réessayez dans {(int)Math.Ceiling(retry.TotalSeconds)} secondes.");
            };
            // Only anonymous submissions are limited; a caller with a token is already known.
            o.AddPolicy(SubmissionsPolicy, ctx => BearerToken.Read(ctx) is not null
                ? RateLimitPartition.GetNoLimiter("authenticated")
                : RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = ctx.RequestServices.GetRequiredService<HostSettings>().SubmissionsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    /// <summary>The middleware pipeline and the host's own routes.</summary>
    public static WebApplication UseGroupementHost(this WebApplication app)
    {
        app.UseExceptionHandler();
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
            await Results.Problem(statusCode: r.StatusCode, title: detail, detail: detail,
                extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(ctx.HttpContext);
        });
        app.UseRateLimiter();
        app.MapHealthApi();
        app.MapAdminFunctionsApi();
        return app;
    }
}
