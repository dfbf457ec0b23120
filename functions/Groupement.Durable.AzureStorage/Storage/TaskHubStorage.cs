using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>
/// The storage of one task hub: table <c>{hub}Instances</c> (one partition per instance), <c>{hub}Timers</c> (due
/// timers ordered by time), <c>{hub}Poison</c> (parked messages), queues <c>{hub}-control</c> (instance work hints)
/// and <c>{hub}-workitems</c> (activity invocations), container <c>{hub}-large</c> (large payloads).
/// </summary>
internal sealed partial class TaskHubStorage
{
    private readonly IStorageFaultInjector? _faults;
    private readonly Lazy<Task> _created;

    public TaskHubStorage(AzureStorageDurableOptions options, TimeProvider time)
    {
        if (!HubName().IsMatch(options.TaskHubName))
            throw new ArgumentException($"Invalid task hub name '{options.TaskHubName}': 3 to 40 letters or digits, starting with a letter.");
        Options = options;
        Time = time;
        _faults = options.FaultInjector;
        var tables = options.TableServiceClient ?? new TableServiceClient(Require(options));
        var queues = options.QueueServiceClient ?? new QueueServiceClient(Require(options));
        var blobs = options.BlobServiceClient ?? new BlobServiceClient(Require(options));
        var hub = options.TaskHubName;
        Instances = tables.GetTableClient(hub + "Instances");
        Timers = tables.GetTableClient(hub + "Timers");
        Poison = tables.GetTableClient(hub + "Poison");
        Control = queues.GetQueueClient(hub.ToLowerInvariant() + "-control");
        WorkItems = queues.GetQueueClient(hub.ToLowerInvariant() + "-workitems");
        Large = blobs.GetBlobContainerClient(hub.ToLowerInvariant() + "-large");
        _created = new Lazy<Task>(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AzureStorageDurableOptions Options { get; }
    public TimeProvider Time { get; }
    public TableClient Instances { get; }
    public TableClient Timers { get; }
    public TableClient Poison { get; }
    public QueueClient Control { get; }
    public QueueClient WorkItems { get; }
    public BlobContainerClient Large { get; }

    /// <summary>Creates the tables, queues and container once per process (retried after a failure).</summary>
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        var task = _created.Value;
        try
        {
            await task.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            lock (_created) if (_retry is null || _retry.IsFaulted) _retry = CreateAsync();
            await _retry.WaitAsync(ct);
        }
    }

    private Task? _retry;

    private async Task CreateAsync()
    {
        await Task.WhenAll(Instances.CreateIfNotExistsAsync(), Timers.CreateIfNotExistsAsync(), Poison.CreateIfNotExistsAsync(),
            Control.CreateIfNotExistsAsync(), WorkItems.CreateIfNotExistsAsync(), Large.CreateIfNotExistsAsync());
    }

    /// <summary>Makes one storage call, with the fault-injection boundaries around it.</summary>
    public async Task<T> CallAsync<T>(string operation, string? instanceId, Func<Task<T>> call)
    {
        _faults?.OnBoundary(new StorageBoundary(operation, instanceId, After: false));
        var result = await call();
        _faults?.OnBoundary(new StorageBoundary(operation, instanceId, After: true));
        return result;
    }

    /// <summary>Makes one storage call without a result.</summary>
    public Task CallAsync(string operation, string? instanceId, Func<Task> call) =>
        CallAsync<bool>(operation, instanceId, async () => { await call(); return true; });

    private static string Require(AzureStorageDurableOptions o) => o.ConnectionString
        ?? throw new InvalidOperationException("AzureStorageDurableOptions needs a ConnectionString or the three service clients.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,39}$")]
    private static partial Regex HubName();
}
