using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Groupement.Durable;
using Groupement.Durable.AzureStorage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupement.Benchmarks;

/// <summary>Counts every HTTP request the Azure SDK clients send (retries included).</summary>
public sealed class CountingPolicy : HttpPipelinePolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _count);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _count);
        return ProcessNextAsync(message, pipeline);
    }
}

/// <summary>A durable runtime (client and, optionally, worker) on one task hub, its storage calls counted.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _hosted;

    private BenchHost(ServiceProvider provider, CountingPolicy counter)
    {
        _provider = provider;
        Counter = counter;
        _hosted = provider.GetServices<IHostedService>().ToList();
    }

    public CountingPolicy Counter { get; }

    /// <summary>The worker's poll cycles so far.</summary>
    public long PollCycles => _provider.GetRequiredService<Groupement.Durable.AzureStorage.Worker.DurableTaskWorker>().PollCycles;
    public DurableTaskClient Client => _provider.GetRequiredService<DurableTaskClient>();

    public static async Task<BenchHost> StartAsync(string connectionString, string hub, bool worker = true,
        Action<AzureStorageDurableOptions>? tune = null)
    {
        var counter = new CountingPolicy();
        var (t, q, b) = (new TableClientOptions(), new QueueClientOptions(), new BlobClientOptions());
        foreach (var o in new ClientOptions[] { t, q, b }) o.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var services = new ServiceCollection();
        services.AddDurableTaskAzureStorage(o =>
        {
            o.TaskHubName = hub;
            o.TableServiceClient = new TableServiceClient(connectionString, t);
            o.QueueServiceClient = new QueueServiceClient(connectionString, q);
            o.BlobServiceClient = new BlobServiceClient(connectionString, b);
            o.EnableWorker = worker;
            tune?.Invoke(o);
        });
        services.AddDurableTasks(r => r.AddOrchestrator<Sequence>().AddOrchestrator<PingPong>().AddActivity<Increment>());
        var host = new BenchHost(services.BuildServiceProvider(), counter);
        await host.Client.GetInstanceAsync("warm-up"); // creates the tables and queues
        foreach (var s in host._hosted) await s.StartAsync(CancellationToken.None);
        return host;
    }

    /// <summary>Waits until <paramref name="count"/> instances are completed (polled by an uncounted client).</summary>
    public static async Task WaitForCompletedAsync(DurableTaskClient observer, int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        var query = new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed] };
        while (true)
        {
            var done = 0;
            await foreach (var _ in observer.GetAllInstancesAsync(query)) done++;
            if (done >= count) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{done}/{count} orchestrations completed in {timeout}.");
            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _hosted) await s.StopAsync(CancellationToken.None);
        await _provider.DisposeAsync();
    }
}
