using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Groupement.Benchmarks;
using Groupement.Testing;

// Benchmarks of the durable runtime on Azure Storage (Azurite). `--quick` keeps the run under two minutes.
// `--worker <hub> <connection string>` runs only a worker (a second host for the two-process test) until stdin closes.
if (args is ["--worker", var workerHub, var connection])
    return await WorkerMode.RunAsync(workerHub, connection);
var quick = args.Contains("--quick");
var storage = Environment.GetEnvironmentVariable("GROUPEMENT_BENCH_STORAGE") is { Length: > 0 } s ? s : Azurite.ConnectionString;
string Hub(string p) => Azurite.UniqueName(p);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Idle cost runs beside the other figures on its own hub. Full run: measured over 5 minutes once the backoff has
// reached its 30 s maximum. Quick run: storage calls per poll cycle measured in the steady state (every poll at the
// 30 s maximum), times the cycles of an hour at that interval.
var idleTask = Task.Run(async () =>
{
    await using var idle = await BenchHost.StartAsync(storage, Hub("idle"), tune: o =>
    {
        if (quick) o.MinPollingInterval = o.MaxPollingInterval;
    });
    if (quick)
    {
        await Task.Delay(TimeSpan.FromSeconds(3)); // after the first poll; the next comes 24 to 36 s later
        var (calls0, cycles0) = (idle.Counter.Count, idle.PollCycles);
        await Task.Delay(TimeSpan.FromSeconds(37));
        var perCycle = (idle.Counter.Count - calls0) / (double)Math.Max(1, idle.PollCycles - cycles0);
        return perCycle * 3600 / 30;
    }
    await Task.Delay(TimeSpan.FromSeconds(60)); // the backoff ramps from 50 ms to 30 s
    var before = idle.Counter.Count;
    await Task.Delay(TimeSpan.FromMinutes(5));
    return (idle.Counter.Count - before) * 3600.0 / 300;
});

// Throughput: N orchestrations of three sequential activities on one worker.
var n = quick ? 60 : 500;
double perSecond, callsPerOrchestration;
var tputHub = Hub("tput");
await using (var worker = await BenchHost.StartAsync(storage, tputHub))
await using (var watcher = await BenchHost.StartAsync(storage, tputHub, worker: false)) // its polling is not counted
{
    var before = worker.Counter.Count;
    var clock = Stopwatch.StartNew();
    foreach (var batch in Enumerable.Range(0, n).Chunk(25))
        await Task.WhenAll(batch.Select(_ => worker.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), 3)));
    await BenchHost.WaitForCompletedAsync(watcher.Client, n, TimeSpan.FromMinutes(5));
    clock.Stop();
    perSecond = n / clock.Elapsed.TotalSeconds;
    callsPerOrchestration = (worker.Counter.Count - before) / (double)n;
}

// Sequential activities of one instance (the Durable Functions figure: ~5 per second per instance).
double sequentialPerSecond;
await using (var worker = await BenchHost.StartAsync(storage, Hub("seq")))
{
    var count = quick ? 20 : 60;
    var clock = Stopwatch.StartNew();
    var id = await worker.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), count);
    await worker.Client.WaitForInstanceCompletionAsync(id);
    sequentialPerSecond = count / clock.Elapsed.TotalSeconds;
}

// Event latency: from RaiseEventAsync to the orchestrator code that receives it, client and worker in one process.
var local = await Latency.MeasureAsync(storage, Hub("lat"), quick ? 30 : 200, remote: false);
// And from a client in another host (no in-process signal): the worker finds the event by polling.
var remote = await Latency.MeasureAsync(storage, Hub("rem"), quick ? 6 : 30, remote: true);
var idlePerHour = await idleTask;

var refDir = Path.Combine(Groupement.Testing.Azurite.RepositoryRoot(), "node_modules", "@etalab", "decoupage-administratif", "data");
var analysis = DeliberationAnalysisBenchmark.Run(quick ? 100 : 500, Directory.Exists(refDir) ? refDir : null);
var analysisMs = analysis.GetValueOrDefault("deliberationAnalysisMedianMs");
var referenceLoadMs = analysis.GetValueOrDefault("referenceDataLoadMs");

var rows = new (string Figure, string Ours, string Baseline)[]
{
    ("orchestrations/s (3 sequential activities, 1 worker)", $"{perSecond:F1}", "not published (AzStorage EP1: ~315 history events/s, Netherite docs)"),
    ("sequential activities/s (one instance)", $"{sequentialPerSecond:F1}", "~5/s per instance (Durable Functions perf targets)"),
    ("storage calls per orchestration", $"{callsPerOrchestration:F1}", "not published"),
    ("storage calls per idle hour (1 worker)", $"{idlePerHour:F0}", "~2,083/h (≈50,000/day: 5 queues at 30 s + lease renewals)"),
    ("event → next step P50 / P99 ms (same process)", $"{local.P50:F0} / {local.P99:F0}", "up to 30,000 ms after idle (30 s max polling)"),
    ("event → next step P50 / P99 ms (other host)", $"{remote.P50:F0} / {remote.P99:F0}", "up to 30,000 ms after idle (30 s max polling)"),
    ("délibération analysis, median ms (text)", $"{analysisMs:F2}", "a coordinator reading one by hand: minutes"),
    ("reference data load ms (communes + EPCI, once)", $"{referenceLoadMs:F0}", "-"),
};
Console.WriteLine($"Groupement durable runtime on Azurite ({(quick ? "quick" : "full")} run)");
Console.WriteLine($"{"figure",-50} {"ours",-14} baseline (Durable Functions, Azure Storage provider)");
foreach (var (figure, ours, baseline) in rows) Console.WriteLine($"{figure,-50} {ours,-14} {baseline}");
Console.WriteLine(JsonSerializer.Serialize(new
{
    orchestrationsPerSecond = Math.Round(perSecond, 2),
    storageCallsPerOrchestration = Math.Round(callsPerOrchestration, 1),
    idleStorageCallsPerHour = Math.Round(idlePerHour),
    eventLatencyP50Ms = Math.Round(local.P50, 1),
    eventLatencyP99Ms = Math.Round(local.P99, 1),
    sequentialActivitiesPerSecond = Math.Round(sequentialPerSecond, 2),
    remoteEventLatencyP50Ms = Math.Round(remote.P50, 1),
    remoteEventLatencyP99Ms = Math.Round(remote.P99, 1),
    deliberationAnalysisMedianMs = Math.Round(analysisMs, 3),
    referenceDataLoadMs = Math.Round(referenceLoadMs),
}));
return 0;
