using System.Text.Json;
using Groupement.Functions.Tests.Hosting;
using Groupement.LocalHost;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// The local host serves exactly the app's functions, as the Functions SDK build lists them in <c>functions.metadata</c>
/// (what the Functions host reads in Azure): every HTTP route and method, timer, orchestrator and activity, nothing
/// more, nothing less. The extras: <c>POST /admin/functions/{name}</c>, which the Functions host serves itself, and the
/// static pages and assets of <c>web/</c>, which Azure Static Web Apps serves in front of the Functions app.
/// </summary>
public sealed class ParityTests(GroupementHost host) : IClassFixture<GroupementHost>
{
    private sealed record Metadata(string Name, string Type, string? Route, IReadOnlyList<string> Methods, string? Schedule);

    private static List<Metadata> ReadMetadata()
    {
        // Written by the Functions SDK build into Groupement.Functions' output and copied next to the tests.
        var file = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(file), $"{file} is missing: the Functions SDK build writes it in Groupement.Functions' output.");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var list = new List<Metadata>();
        foreach (var f in doc.RootElement.EnumerateArray())
        {
            var name = f.GetProperty("name").GetString()!;
            var triggers = f.GetProperty("bindings").EnumerateArray()
                .Where(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
            var trigger = Assert.Single(triggers);
            list.Add(new Metadata(name, trigger.GetProperty("type").GetString()!,
                trigger.TryGetProperty("route", out var r) ? r.GetString() : null,
                trigger.TryGetProperty("methods", out var m) ? [.. m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant())] : [],
                trigger.TryGetProperty("schedule", out var s) ? s.GetString() : null));
        }
        return list;
    }

    /// <summary>What Static Web Apps serves in Azure (web/staticwebapp.config.json), GET and HEAD each.</summary>
    private static readonly string[] StaticRoutes =
        ["/adhesion", "/suivi/{aid}", "/connexion", "/coordination", "/coordination/{**view}", "/assets/{**path}"];

    [Fact]
    public void The_local_host_serves_exactly_the_functions_of_functions_metadata()
    {
        _ = host.Server; // builds and starts the host
        var metadata = ReadMetadata();
        Assert.Equal(metadata.Count, metadata.Select(m => m.Name).Distinct().Count());
        Assert.Contains(metadata, m => m.Type == "httpTrigger");
        Assert.Contains(metadata, m => m.Type == "timerTrigger");
        Assert.Contains(metadata, m => m.Type == "orchestrationTrigger");
        Assert.Contains(metadata, m => m.Type == "activityTrigger");
        Assert.All(metadata, m => Assert.Contains(m.Type, new[] { "httpTrigger", "timerTrigger", "orchestrationTrigger", "activityTrigger" }));

        // HTTP: (method, route) pairs of the metadata against the local host's endpoints.
        var expected = metadata.Where(m => m.Type == "httpTrigger")
            .SelectMany(m => m.Methods.Select(method => $"{method} /{m.Route!.TrimStart('/')}"))
            .Append("POST /admin/functions/{name}")
            .Concat(StaticRoutes.SelectMany(r => new[] { $"GET {r}", $"HEAD {r}" }))
            .Order(StringComparer.Ordinal).ToList();
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var served = endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method.ToUpperInvariant()} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, served);

        // Orchestrators and activities registered on the engine's worker.
        var engine = host.Services.GetRequiredService<DurableEngine>();
        Assert.Equal(metadata.Where(m => m.Type == "orchestrationTrigger").Select(m => m.Name).Order(StringComparer.Ordinal),
            engine.Orchestrators.Order(StringComparer.Ordinal));
        Assert.Equal(metadata.Where(m => m.Type == "activityTrigger").Select(m => m.Name).Order(StringComparer.Ordinal),
            engine.Activities.Order(StringComparer.Ordinal));

        // Timers, with the same schedule (a %Setting% resolved the same way).
        var timers = host.Services.GetRequiredService<TimerFunctions>();
        Assert.Equal(metadata.Where(m => m.Type == "timerTrigger").Select(m => $"{m.Name} {m.Schedule}").Order(StringComparer.Ordinal),
            timers.All.Select(f => $"{f.Name} {f.Schedule}").Order(StringComparer.Ordinal));
    }
}
