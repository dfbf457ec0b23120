using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Groupement.Functions.Hosting;

/// <summary>
/// OpenTelemetry for both hosts: our spans (<see cref="GroupementTelemetry"/>), the engine's (DurableTask.Core) and the
/// Azure SDK's, and the logs (with the trace and span ids of the span they were written in). Where they go:
/// Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (Microsoft Entra ID authentication when
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> is <c>Authorization=AAD;ClientId=…</c>), OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the console when <c>Telemetry__Console=true</c>; any combination.
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>The Application Insights connection string setting (set by infra/ on the Functions app).</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The Application Insights authentication setting.</summary>
    public const string AuthenticationStringKey = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The exporters chosen by the configuration: <c>azure-monitor</c>, <c>otlp</c>, <c>console</c>.</summary>
    public static IReadOnlyList<string> Exporters(IConfiguration config)
    {
        var list = new List<string>();
        if (!string.IsNullOrWhiteSpace(config[ConnectionStringKey])) list.Add("azure-monitor");
        if (!string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"])) list.Add("otlp");
        if (string.Equals(config["Telemetry:Console"], "true", StringComparison.OrdinalIgnoreCase)) list.Add("console");
        return list;
    }

    /// <summary>Registers OpenTelemetry; the host adds its own instrumentation to the returned builder.</summary>
    public static IOpenTelemetryBuilder AddGroupementTelemetry(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var exporters = Exporters(config);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(config["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "groupement"))
            .WithTracing(t =>
            {
                t.AddSource(AppRegistration.ActivitySourceName, "DurableTask.Core", "Microsoft.DurableTask*", "Azure.*");
                if (exporters.Contains("otlp")) t.AddOtlpExporter();
                if (exporters.Contains("console")) t.AddConsoleExporter();
            })
            .WithLogging(l =>
            {
                if (exporters.Contains("otlp")) l.AddOtlpExporter();
            }, o => o.IncludeFormattedMessage = true);
        if (exporters.Contains("azure-monitor"))
        {
            // Traces, metrics and logs; logs carry the trace and span ids, so they correlate with the operation.
            otel.UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = config[ConnectionStringKey];
                if (ManagedIdentityClientId(config[AuthenticationStringKey]) is { } clientId)
                    o.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
            });
        }
        return otel;
    }

    /// <summary>The client id of <c>Authorization=AAD;ClientId=…</c>, or null for another or no authentication string.</summary>
    public static string? ManagedIdentityClientId(string? authentication)
    {
        if (string.IsNullOrWhiteSpace(authentication)) return null;
        var parts = authentication.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return parts.TryGetValue("Authorization", out var a) && a.Equals("AAD", StringComparison.OrdinalIgnoreCase)
            && parts.TryGetValue("ClientId", out var id) && id.Length > 0 ? id : null;
    }
}
