using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Groupement.Durable.AzureStorage;
using Groupement.Durable.AzureStorage.Storage;
using Groupement.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupement.Durable.Tests.Support;

/// <summary>A durable runtime on the shared Azurite: its own task hub, a ServiceProvider, a started worker.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _hosted;

    private TestHost(ServiceProvider provider, string hub)
    {
        _provider = provider;
        Hub = hub;
        _hosted = provider.GetServices<IHostedService>().ToList();
    }

    public string Hub { get; }
    public IServiceProvider Services => _provider;
    public DurableTaskClient Client => _provider.GetRequiredService<DurableTaskClient>();
    public TaskHubStorage Storage => _provider.GetRequiredService<TaskHubStorage>();

    public static async Task<TestHost> StartAsync(Action<DurableTaskRegistry> register,
        Action<AzureStorageDurableOptions>? configure = null, Action<IServiceCollection>? services = null,
        string? hub = null, bool startWorker = true)
    {
        hub ??= Azurite.UniqueName("h");
        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        collection.AddDurableTaskAzureStorage(o =>
        {
            o.TaskHubName = hub;
            o.ConnectionString = Azurite.ConnectionString;
            o.MaxPollingInterval = TimeSpan.FromMilliseconds(500);
            o.MessageVisibilityTimeout = TimeSpan.FromSeconds(4);
            o.RecoveryDelay = TimeSpan.FromSeconds(2);
            o.MaxConcurrentOrchestrations = 16;
            o.MaxConcurrentActivities = 16;
            configure?.Invoke(o);
        });
        collection.AddDurableTasks(register);
        var host = new TestHost(collection.BuildServiceProvider(), hub);
        await host.Storage.EnsureCreatedAsync(CancellationToken.None);
        if (startWorker)
            foreach (var s in host._hosted) await s.StartAsync(CancellationToken.None);
        return host;
    }

    /// <summary>Service clients for the shared Azurite with a pipeline policy (counting, outage).</summary>
    public static (TableServiceClient, QueueServiceClient, BlobServiceClient) Clients(Azure.Core.Pipeline.HttpPipelinePolicy policy, int maxRetries = 3)
    {
        var t = new TableClientOptions();
        var q = new QueueClientOptions();
        var b = new BlobClientOptions();
        foreach (var o in new Azure.Core.ClientOptions[] { t, q, b })
        {
            o.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerRetry);
            o.Retry.MaxRetries = maxRetries;
            o.Retry.Delay = TimeSpan.FromMilliseconds(100);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        }
        var cs = Azurite.ConnectionString;
        return (new TableServiceClient(cs, t), new QueueServiceClient(cs, q), new BlobServiceClient(cs, b));
    }

    public async Task<OrchestrationMetadata> WaitAsync(string instanceId, int seconds = 180)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cts.Token);
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the instance (e.g. it waits for an event).</summary>
    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition, int seconds = 180)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var m = await Client.GetInstanceAsync(instanceId, true);
            if (m is not null && condition(m)) return m;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Instance {instanceId} never reached the condition; last status {m?.RuntimeStatus}.");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _hosted) await s.StopAsync(CancellationToken.None);
        await _provider.DisposeAsync();
    }
}
