using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Groupement.Functions.Storage;

/// <summary>
/// The retry budget and per-call network timeout of the app's Blob, Table and Queue clients. The SDK's defaults
/// (3 retries, 100 s a try) hold a request for minutes when storage hangs; with these, one call gives up within about
/// 13 s (3 tries of 4 s, short back-off) and the request deadline (<see cref="Http.RequestDeadline"/>) bounds the rest.
/// </summary>
public static class StorageClientOptions
{
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(4);

    public const int MaxRetries = 2;

    /// <summary>A hook for the benchmarks: runs on every option set after ours (e.g. a counting policy).</summary>
    public static Action<ClientOptions>? Extra { get; set; }

    public static BlobClientOptions Blobs() => Configure(new BlobClientOptions());

    public static QueueClientOptions Queues() => Configure(new QueueClientOptions());

    public static TableClientOptions Tables() => Configure(new TableClientOptions());

    public static T Configure<T>(T options) where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = NetworkTimeout;
        Extra?.Invoke(options);
        return options;
    }
}
