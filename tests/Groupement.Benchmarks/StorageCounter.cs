using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Groupement.Benchmarks;

/// <summary>
/// Counts every HTTP request an engine's storage clients send (retries included), and keeps the times of each
/// queue's message polls (GET …/messages), so that an idle window can be split into queue polls and the rest
/// (partition table, leases, app lease).
/// </summary>
public sealed class StorageCounter
{
    private long _total;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _polls = new();

    public long Total => Interlocked.Read(ref _total);

    /// <summary>The pipeline policy to add to the blob, queue and table client options of one engine.</summary>
    public HttpPipelinePolicy Policy => new Counting(this);

    /// <summary>The poll times of each queue (Stopwatch ticks).</summary>
    public IReadOnlyDictionary<string, long[]> PollTimes => _polls.ToDictionary(p => p.Key, p => p.Value.ToArray());

    private void Record(HttpMessage message)
    {
        Interlocked.Increment(ref _total);
        var r = message.Request;
        if (r.Method != RequestMethod.Get) return;
        var path = r.Uri.Path.TrimEnd('/');
        if (!path.EndsWith("/messages", StringComparison.Ordinal) || r.Uri.Query.Contains("peekonly", StringComparison.OrdinalIgnoreCase)) return;
        var queue = path[..^"/messages".Length];
        queue = queue[(queue.LastIndexOf('/') + 1)..];
        _polls.GetOrAdd(queue, _ => new()).Enqueue(Stopwatch.GetTimestamp());
    }

    private sealed class Counting(StorageCounter counter) : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            counter.Record(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            counter.Record(message);
            return ProcessNextAsync(message, pipeline);
        }
    }
}
