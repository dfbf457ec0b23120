using Groupement.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Groupement.Functions.Tests.Hosting;

/// <summary>The real host over Azurite, with its own task hub, pickup folder and keys; one per test class that needs it.</summary>
public class GroupementHost : WebApplicationFactory<Program>
{
    /// <summary>The admin key of this host.</summary>
    public string AdminKey { get; } = "test-admin-key-" + Guid.NewGuid().ToString("N");

    /// <summary>Where pickup-mode emails are written.</summary>
    public string Outbox { get; } = Directory.CreateTempSubdirectory("groupement-outbox-").FullName;

    /// <summary>The task hub (tables and queues prefix) of this host.</summary>
    public string TaskHub { get; } = Azurite.UniqueName("hub");

    /// <summary>Extra settings, applied over the defaults.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["Auth:AdminKey"] = AdminKey,
            ["Email:Mode"] = "pickup",
            ["Email:PickupDirectory"] = Outbox,
            ["Durable:TaskHubName"] = TaskHub,
            ["PublicBaseUrl"] = "http://groupement.test",
            ["Reminders:Schedule"] = "0 0 5 * * *",
        };
        foreach (var (k, v) in Settings) settings[k] = v;
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
    }

    /// <summary>A client with a bearer key.</summary>
    public HttpClient ClientWith(string? bearer)
    {
        var c = CreateClient();
        if (bearer is not null) c.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        return c;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(Outbox, recursive: true); } catch (IOException) { }
    }
}
