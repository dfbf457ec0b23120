using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Groupement.Durable.Tests.Support;

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
