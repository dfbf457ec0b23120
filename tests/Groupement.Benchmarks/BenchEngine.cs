using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Groupement.LocalHost;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging.Abstractions;

namespace Groupement.Benchmarks;

/// <summary>
/// The engine as the local host runs it: DurableTask.Core's <see cref="TaskHubWorker"/> with
/// <see cref="DurableTaskShimFactory"/> over one <see cref="AzureStorageOrchestrationService"/> built from
/// <see cref="DurableEngineOptions.ToSettings"/>, shared with the client (in-process wake-up), running the tiny
/// Microsoft.DurableTask orchestrators of this file. Every storage request of the service is counted.
/// </summary>
public sealed class BenchEngine : IAsyncDisposable
{
    private readonly TaskHubWorker? _worker;

    private BenchEngine(DurableEngineOptions options, AzureStorageOrchestrationService service, TaskHubWorker? worker, StorageCounter counter)
    {
        Options = options;
        Service = service;
        _worker = worker;
        Counter = counter;
        Client = new TaskHubClient(service);
    }

    public DurableEngineOptions Options { get; }

    public AzureStorageOrchestrationService Service { get; }

    public TaskHubClient Client { get; }

    public StorageCounter Counter { get; }

    /// <summary>A service over the task hub, its calls counted on <paramref name="counter"/>; not started.</summary>
    public static AzureStorageOrchestrationService NewService(string connectionString, DurableEngineOptions options, StorageCounter counter)
    {
        var blob = new Azure.Storage.Blobs.BlobClientOptions();
        var queue = new Azure.Storage.Queues.QueueClientOptions();
        var table = new Azure.Data.Tables.TableClientOptions();
        foreach (var o in new ClientOptions[] { blob, queue, table }) o.AddPolicy(counter.Policy, HttpPipelinePosition.PerRetry);
        var provider = new StorageAccountClientProvider(StorageServiceClientProvider.ForBlob(connectionString, blob),
            StorageServiceClientProvider.ForQueue(connectionString, queue), StorageServiceClientProvider.ForTable(connectionString, table));
        return new AzureStorageOrchestrationService(options.ToSettings(provider, NullLoggerFactory.Instance));
    }

    /// <summary>Creates the task hub and starts a worker on it (the worker owns every partition once it has run a warm-up instance).</summary>
    public static async Task<BenchEngine> StartAsync(string connectionString, DurableEngineOptions options, bool warmUp = true)
    {
        var counter = new StorageCounter();
        var service = NewService(connectionString, options, counter);
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), NullLoggerFactory.Instance);
        var worker = new TaskHubWorker(service, NullLoggerFactory.Instance) { ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails };
        worker.AddTaskOrchestrations(
            new Creator<TaskOrchestration>(nameof(Sequence), () => shims.CreateOrchestration(nameof(Sequence), new Sequence())),
            new Creator<TaskOrchestration>(nameof(AwaitGo), () => shims.CreateOrchestration(nameof(AwaitGo), new AwaitGo())));
        worker.AddTaskActivities(
            new Creator<TaskActivity>(nameof(Increment), () => shims.CreateActivity(nameof(Increment), new Increment())),
            new Creator<TaskActivity>(nameof(Mark), () => shims.CreateActivity(nameof(Mark), new Mark())));
        await service.CreateIfNotExistsAsync();
        await worker.StartAsync();
        var engine = new BenchEngine(options, service, worker, counter);
        if (warmUp) await engine.RunAsync(1, TimeSpan.FromMinutes(2)); // partitions owned, code paths warm
        return engine;
    }

    /// <summary>Starts <paramref name="count"/> instances of <see cref="Sequence"/> (3 activities each) and waits until all completed.</summary>
    public async Task RunAsync(int count, TimeSpan timeout, int activities = 3)
    {
        var prefix = "s" + Guid.NewGuid().ToString("N")[..8];
        var done = Sequence.Completions.GetOrAdd(prefix, _ => new());
        foreach (var batch in Enumerable.Range(0, count).Chunk(20))
            await Task.WhenAll(batch.Select(i => Client.CreateOrchestrationInstanceAsync(nameof(Sequence), "", $"{prefix}-{i}", activities)));
        var until = Stopwatch.StartNew();
        while (done.Count < count)
        {
            if (until.Elapsed > timeout) throw new TimeoutException($"{done.Count}/{count} orchestrations completed on {Options.TaskHubName} in {timeout}.");
            await Task.Delay(5);
        }
    }

    /// <summary>Starts an instance that waits for the event <c>go</c>, then runs the activity <see cref="Mark"/>; returns when it waits.</summary>
    public async Task<string> StartWaiterAsync()
    {
        var id = "w" + Guid.NewGuid().ToString("N");
        var waiting = AwaitGo.Waiting.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        Mark.Marks.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        await Client.CreateOrchestrationInstanceAsync(nameof(AwaitGo), "", id, null);
        await waiting.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return id;
    }

    /// <summary>Raises <c>go</c> through <paramref name="client"/> and returns the milliseconds until the next step (the activity) ran.</summary>
    public static async Task<double> EventToStepAsync(TaskHubClient client, string instanceId, TimeSpan timeout)
    {
        var mark = Mark.Marks[instanceId].Task;
        var t0 = Stopwatch.GetTimestamp();
        await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, "go", "now");
        var t1 = await mark.WaitAsync(timeout);
        return Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
    }

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            try
            {
                await _worker.StopAsync(isForced: true).WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is TimeoutException or ObjectDisposedException or InvalidOperationException)
            {
                // Abandoned: the process is about to end.
            }
        }
    }

    private sealed class Creator<T> : ObjectCreator<T>
    {
        private readonly Func<T> _create;

        public Creator(string name, Func<T> create)
        {
            Name = name;
            Version = "";
            _create = create;
        }

        public override T Create() => _create();
    }
}

/// <summary>Runs <c>n</c> activities one after the other.</summary>
public sealed class Sequence : TaskOrchestrator<int, int>
{
    public static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> Completions = new();

    public override async Task<int> RunAsync(TaskOrchestrationContext context, int n)
    {
        var x = 0;
        for (var i = 0; i < n; i++) x = await context.CallActivityAsync<int>(nameof(Increment), x);
        if (!context.IsReplaying && Completions.TryGetValue(context.InstanceId[..context.InstanceId.IndexOf('-')], out var done))
            done[context.InstanceId] = true;
        return x;
    }
}

/// <summary>Waits for the event <c>go</c>, then runs <see cref="Mark"/> (the next step).</summary>
public sealed class AwaitGo : TaskOrchestrator<string?, string>
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Waiting = new();

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var go = context.WaitForExternalEvent<string>("go");
        if (!context.IsReplaying && Waiting.TryGetValue(context.InstanceId, out var w)) w.TrySetResult();
        await go;
        return await context.CallActivityAsync<string>(nameof(Mark), context.InstanceId);
    }
}

public sealed class Increment : Microsoft.DurableTask.TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
}

/// <summary>Records when it ran (Stopwatch ticks), keyed by instance id.</summary>
public sealed class Mark : Microsoft.DurableTask.TaskActivity<string, string>
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource<long>> Marks = new();

    public override Task<string> RunAsync(TaskActivityContext context, string input)
    {
        if (Marks.TryGetValue(input, out var m)) m.TrySetResult(Stopwatch.GetTimestamp());
        return Task.FromResult(input);
    }
}
