using System.Diagnostics;

namespace Groupement.Benchmarks;

/// <summary>Event-to-next-step latency: from the RaiseEventAsync call to the orchestrator code receiving the event.</summary>
public static class Latency
{
    public sealed record Result(double P50, double P99);

    /// <param name="remote">When true the event comes from a client of another host (no in-process wake-up), after a pause.</param>
    public static async Task<Result> MeasureAsync(string storage, string hub, int events, bool remote)
    {
        await using var worker = await BenchHost.StartAsync(storage, hub);
        await using var other = remote ? await BenchHost.StartAsync(storage, hub, worker: false) : null;
        var sender = other?.Client ?? worker.Client;
        var id = await worker.Client.ScheduleNewOrchestrationInstanceAsync(nameof(PingPong), events);
        await Task.Delay(500);
        var samples = new List<double>();
        for (var i = 0; i < events; i++)
        {
            if (remote) await Task.Delay(TimeSpan.FromSeconds(1)); // an idle gap: the worker backs off meanwhile
            var sent = Stopwatch.GetTimestamp();
            await sender.RaiseEventAsync(id, "ping", i);
            var received = await LatencyProbe.WaitAsync(id, i).WaitAsync(TimeSpan.FromMinutes(2));
            samples.Add(Stopwatch.GetElapsedTime(sent, received).TotalMilliseconds);
        }
        samples.Sort();
        return new Result(Percentile(samples, 0.50), Percentile(samples, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
