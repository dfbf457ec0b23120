using System.Collections.Concurrent;
using System.Diagnostics;
using Groupement.Durable;

namespace Groupement.Benchmarks;

/// <summary>Adds one to its input.</summary>
public sealed class Increment : TaskActivity<int, int>
{
    /// <summary>Called on each run (the worker mode prints the idempotency key for the parent test process).</summary>
    public static Action<string>? OnRun { get; set; }

    public override Task<int> RunAsync(TaskActivityContext context, int input)
    {
        OnRun?.Invoke(context.IdempotencyKey);
        return Task.FromResult(input + 1);
    }
}

/// <summary>Calls <see cref="Increment"/> <c>count</c> times in sequence (three for the throughput figure).</summary>
public sealed class Sequence : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++) value = await context.CallActivityAsync<int>(nameof(Increment), value);
        return value;
    }
}

/// <summary>Waits for <c>count</c> "ping" events; marks the moment each one reaches orchestrator code.</summary>
public sealed class PingPong : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = await context.WaitForExternalEvent<int>("ping");
            if (!context.IsReplaying) LatencyProbe.Mark(context.InstanceId, n);
        }
        return count;
    }
}

/// <summary>Timestamps taken inside orchestrator code (the benchmark runs in one process).</summary>
public static class LatencyProbe
{
    private static readonly ConcurrentDictionary<(string, int), TaskCompletionSource<long>> Marks = new();

    public static Task<long> WaitAsync(string instanceId, int n) => Get(instanceId, n).Task;

    public static void Mark(string instanceId, int n) => Get(instanceId, n).TrySetResult(Stopwatch.GetTimestamp());

    private static TaskCompletionSource<long> Get(string id, int n) =>
        Marks.GetOrAdd((id, n), _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
