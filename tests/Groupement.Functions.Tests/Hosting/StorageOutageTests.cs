using System.Net;
using System.Text.Json;
using Groupement.Testing;

namespace Groupement.Functions.Tests.Hosting;

/// <summary>A host whose storage does not answer (nothing listens on its ports).</summary>
public sealed class HostWithoutStorage : GroupementHost
{
    private static readonly int DeadPort = Azurite.FreePort();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = Azurite.ConnectionStringFor(DeadPort, DeadPort, DeadPort),
    };
}

public class StorageOutageTests(HostWithoutStorage host) : IClassFixture<HostWithoutStorage>
{
    [Fact]
    public async Task Health_is_503_with_a_code_when_storage_does_not_answer()
    {
        var r = await host.CreateClient().GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("STORAGE_UNAVAILABLE", doc.RootElement.GetProperty("code").GetString());
        Assert.Equal("unavailable", doc.RootElement.GetProperty("checks").GetProperty("tables").GetString());
    }

    [Fact]
    public async Task Liveness_is_200_and_readiness_503_with_Retry_After_when_storage_does_not_answer()
    {
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health/live")).StatusCode);
        var ready = await client.GetAsync("/api/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.NotNull(ready.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_request_that_needs_storage_is_a_503_STORAGE_UNAVAILABLE_with_Retry_After_not_a_500()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = await host.ClientWith(host.AdminKey).PostAsync("/api/groupements", System.Net.Http.Json.JsonContent.Create(new
        {
            name = "Groupement sans stockage",
            coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
            joinDeadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60), marketStart = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(120),
            firstPeriodMonths = 12, renewals = 2, renewalMonths = 12, withdrawalNoticeMonths = 3,
            reviewers = new[] { "relecteur@coordonnateur.test" }, keywords = new[] { "ENT" },
        }));
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)r.StatusCode} {text}");
        using var doc = JsonDocument.Parse(text);
        Assert.Equal("STORAGE_UNAVAILABLE", doc.RootElement.GetProperty("code").GetString());
        Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {r.Headers.RetryAfter}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"answered after {clock.Elapsed.TotalSeconds:F1} s");
    }
}
