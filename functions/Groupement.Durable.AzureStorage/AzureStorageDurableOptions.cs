using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.AzureStorage;

/// <summary>Where and how the durable runtime stores its state, and how its worker polls.</summary>
public sealed class AzureStorageDurableOptions
{
    /// <summary>
    /// The task hub: a prefix for every table, queue and container (letters and digits, starting with a letter,
    /// 3 to 40 characters), so that several deployments can share one storage account.
    /// </summary>
    public string TaskHubName { get; set; } = "groupement";

    /// <summary>A storage connection string, used for any client not given below (<c>UseDevelopmentStorage=true</c> for Azurite).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table service (instances, history, inbox, outbox, timers, poison).</summary>
    public TableServiceClient? TableServiceClient { get; set; }

    /// <summary>The queue service (control and work-item queues).</summary>
    public QueueServiceClient? QueueServiceClient { get; set; }

    /// <summary>The blob service (payloads too large for a table property or a queue message).</summary>
    public BlobServiceClient? BlobServiceClient { get; set; }

    /// <summary>The longest wait between two polls when nothing is due (default 30 s, as Durable Functions).</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait after work was found (it doubles up to <see cref="MaxPollingInterval"/>).</summary>
    public TimeSpan MinPollingInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How many activities one worker runs at once.</summary>
    public int MaxConcurrentActivities { get; set; } = 10;

    /// <summary>How many orchestration steps one worker runs at once.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 10;

    /// <summary>A message that fails this many times is parked in the poison table and its instance failed.</summary>
    public int PoisonThreshold { get; set; } = 5;

    /// <summary>How long a received message stays hidden from other workers; it reappears if the worker dies.</summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A client start, event or terminate first enqueues a hidden recovery message, visible after this delay, then
    /// makes it visible at once after its write: if the caller dies in between, the instance still gets its step.
    /// </summary>
    public TimeSpan RecoveryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether <c>AddDurableTaskAzureStorage</c> registers the worker as a hosted service (default true).</summary>
    public bool EnableWorker { get; set; } = true;

    /// <summary>The converter of inputs, outputs and events.</summary>
    public DataConverter DataConverter { get; set; } = DataConverter.Default;

    /// <summary>Test hook called at each storage-call boundary (fault injection).</summary>
    internal IStorageFaultInjector? FaultInjector { get; set; }
}
