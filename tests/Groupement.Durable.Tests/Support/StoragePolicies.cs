using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Groupement.Durable.Tests.Support;

/// <summary>Counts storage requests (one per HTTP call, retries included).</summary>
internal sealed class CountingPolicy : HttpPipelinePolicy
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

/// <summary>Makes storage unreachable while <see cref="Down"/> is true (as a network failure: status 0).</summary>
internal sealed class OutagePolicy : HttpPipelinePolicy
{
    public volatile bool Down;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Down) throw new RequestFailedException(0, "simulated storage outage");
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Down) throw new RequestFailedException(0, "simulated storage outage");
        return ProcessNextAsync(message, pipeline);
    }
}
