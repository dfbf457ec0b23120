using Groupement.Functions.Hosting;
using Groupement.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;

namespace Groupement.Functions;

/// <summary>
/// The Azure Functions isolated worker: <c>func start</c> locally with Core Tools, Flex Consumption in Azure. Without
/// Core Tools, functions/Groupement.LocalHost runs the same function classes (./run.sh).
/// </summary>
public static class FunctionsProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<ProblemMiddleware>();
        builder.AddGroupementApp();
        // The worker's invocation spans continue the Functions host's trace (host.json "telemetryMode": "OpenTelemetry").
        builder.AddGroupementTelemetry().UseFunctionsWorkerDefaults();
        if (!StartupChecks.Validate(builder.Configuration)) return 2;
        await builder.Build().RunAsync();
        return 0;
    }
}
