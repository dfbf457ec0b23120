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
}
