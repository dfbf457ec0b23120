using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Groupement.Benchmarks;
using Groupement.LocalHost;
using Groupement.Testing;
using Microsoft.Extensions.Configuration;

// Benchmarks of the real engine (DurableTask.Core TaskHubWorker + DurableTaskShimFactory over DurableTask.AzureStorage,
// as the local host runs it) and of the app in the local host, on Azurite. Every engine figure is measured for the
// product's configuration (DurableEngineOptions defaults) and, in the same run, for Durable Functions' defaults
// (DurableEngineOptions.DurableFunctionsDefaults). `--quick` finishes within two minutes.
// GROUPEMENT_BENCH_PRODUCT="PartitionCount=1;MaxQueuePollingInterval=00:00:30;…" measures another product configuration
// (the keys of the Durable section, as DurableEngineOptions.From reads them).
var quick = args.Contains("--quick");
// Storage requests of the app's clients and of the hosts' engines, counted for the rush (per adhésion).
Groupement.Functions.Storage.StorageClientOptions.Extra = o => o.AddPolicy(RushBench.Counting("app"), Azure.Core.HttpPipelinePosition.PerRetry);
DurableEngine.ConfigureClientOptions = o => o.AddPolicy(RushBench.Counting("engine"), Azure.Core.HttpPipelinePosition.PerRetry);
var storage = Environment.GetEnvironmentVariable("GROUPEMENT_BENCH_STORAGE") is { Length: > 0 } s ? s : Azurite.ConnectionString;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var overrides = (Environment.GetEnvironmentVariable("GROUPEMENT_BENCH_PRODUCT") ?? "")
    .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(kv => kv.Split('=', 2)).ToDictionary(kv => "Durable:" + kv[0], kv => (string?)kv[1]);
var productBase = DurableEngineOptions.From(new ConfigurationBuilder().AddInMemoryCollection(overrides).Build());
var configs = new (string Key, Func<string, DurableEngineOptions> Options)[]
{
    ("product", hub => productBase with { TaskHubName = hub }),
    ("dfDefaults", DurableEngineOptions.DurableFunctionsDefaults),
};
string Hub(string prefix) => Azurite.UniqueName(prefix);
var clock = Stopwatch.StartNew();
void Log(string what) => Console.Error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {what}");

// The rush (issue 12): GROUPEMENT_BENCH_ONLY=rush runs it alone; GROUPEMENT_BENCH_RUSH_COUNT sets its size.
var rushCount = int.TryParse(Environment.GetEnvironmentVariable("GROUPEMENT_BENCH_RUSH_COUNT"), out var rc) && rc > 0 ? rc : quick ? 60 : 300;
const int rushClients = 8;
void RushFigures(Dictionary<string, object> into, RushBench.Result r)
{
    into["rushThroughputRatioToFloor"] = Math.Round(r.RatioToFloor, 3);
    into["rushSubmitP50Ms"] = Math.Round(RushBench.Percentile(r.SubmitMs, 50), 1);
    into["rushSubmitP99Ms"] = Math.Round(RushBench.Percentile(r.SubmitMs, 99), 1);
    into["rushUnderReviewSecondsAfterLast"] = Math.Round(r.UnderReviewSecondsAfterLast, 1);
    into["rushAdhesions"] = rushCount;
    into["rushSeconds"] = Math.Round(r.Seconds, 2);
    into["rushFloorSeconds"] = Math.Round(r.FloorSeconds, 2);
    into["rushAppStorageCallsPerAdhesion"] = Math.Round(r.CallsPerAdhesion.GetValueOrDefault("app"), 1);
    into["rushEngineStorageCallsPerAdhesion"] = Math.Round(r.CallsPerAdhesion.GetValueOrDefault("engine"), 1);
    foreach (var (name, n) in r.CallsPerAdhesion.Where(c => c.Key.Contains(' ')).OrderBy(c => c.Key, StringComparer.Ordinal))
        Log($"  storage calls per adhésion: {name,-24} {n,6:F1}");
    foreach (var (name, ms) in r.Phases.OrderBy(p => p.Key, StringComparer.Ordinal))
        Log($"  span {name,-34} n={ms.Count,4} mean {ms.Average(),8:F1} ms  P50 {RushBench.Percentile(ms, 50),8:F1}  P99 {RushBench.Percentile(ms, 99),8:F1}");
}
if (Environment.GetEnvironmentVariable("GROUPEMENT_BENCH_ONLY") == "rush")
{
    var rushHost = await ReviewBench.StartAsync(storage, productBase with { TaskHubName = Hub("rush") });
    var only = new Dictionary<string, object>();
    RushFigures(only, await RushBench.RunAsync(rushHost, storage, rushCount, rushClients, Log));
    only["quick"] = quick;
    Console.WriteLine(JsonSerializer.Serialize(only));
    await Console.Out.FlushAsync();
    Environment.Exit(0);
}

// Sizes. Event latencies are sampled after ≥ 60 s idle in both runs; the review after 10 minutes idle (full) or after
// the quick run's idle of about 60 s.
var latencySamples = quick ? 10 : 40;
var remoteEngines = quick ? 4 : 12;
var reviewSamples = quick ? 3 : 15;
var throughputCount = quick ? 30 : 150; // per round
var throughputRounds = quick ? 2 : 3;
var sequentialCount = quick ? 20 : 60;
var eventIdle = TimeSpan.FromSeconds(60);
var reviewIdle = quick ? TimeSpan.FromSeconds(55) : TimeSpan.FromMinutes(10);
var idleWarmUp = quick ? TimeSpan.FromSeconds(20) : TimeSpan.FromSeconds(75); // the back-off reaches 30 s after ≈ 55 s
var idleWindow = TimeSpan.FromMinutes(5);

// Phase 0: every engine that must go idle starts now, on its own task hub.
// Cross-process: per configuration, several worker engines each with one instance waiting for an event, and a second
// AzureStorageOrchestrationService over the same hub as "another client without in-process wake-up" (same process,
// no shared queue objects, so the worker finds the event only by polling). One sample per engine, so that every
// sample meets a poller that has backed off to its maximum after ≥ 60 s idle.
Log("starting engines");
// The workers start staggered over one polling interval, so that their pollers are at independent phases when the
// events are raised, all at one moment ≥ 60 s after the last of them went idle.
var remote = configs.ToDictionary(c => c.Key, c => Enumerable.Range(0, remoteEngines).Select(async i =>
{
    await Task.Delay(c.Options("x").MaxQueuePollingInterval * i / remoteEngines);
    var engine = await BenchEngine.StartAsync(storage, c.Options(Hub("rem")), warmUp: false); // the waiter is the warm-up
    var id = await engine.StartWaiterAsync();
    var other = new DurableTask.Core.TaskHubClient(BenchEngine.NewService(storage, engine.Options, new StorageCounter()));
    return (Engine: engine, Id: id, Other: other, Since: Stopwatch.GetTimestamp());
}).ToArray());
var local = configs.ToDictionary(c => c.Key, async c =>
{
    var engine = await BenchEngine.StartAsync(storage, c.Options(Hub("lat")));
    var ids = new List<string>();
    for (var i = 0; i < latencySamples; i++) ids.Add(await engine.StartWaiterAsync());
    return (Engine: engine, Ids: ids, Since: Stopwatch.GetTimestamp());
});
await Task.WhenAll(local.Values);
var idle = configs.ToDictionary(c => c.Key, async c =>
{
    var engine = await BenchEngine.StartAsync(storage, c.Options(Hub("idle")));
    return (Engine: engine, Since: Stopwatch.GetTimestamp());
});
var reviews = configs.ToDictionary(c => c.Key, async c =>
{
    var host = await ReviewBench.StartAsync(storage, c.Options(Hub("app")));
    await host.PrepareAsync(reviewSamples);
    return (Host: host, Since: Stopwatch.GetTimestamp());
});
await Task.WhenAll(remote.Values.SelectMany(r => r).Cast<Task>().Concat(local.Values).Concat(idle.Values).Concat(reviews.Values));
Log("engines started, instances waiting, adhésions under review");

// Idle cost, measured beside the other figures on its own hubs (counts do not depend on CPU load).
var idleFigures = configs.ToDictionary(c => c.Key, async c =>
{
    var (engine, since) = await idle[c.Key];
    await Until(since, idleWarmUp);
    var (t0, n0) = (Stopwatch.GetTimestamp(), engine.Counter.Total);
    await Task.Delay(quick ? TimeSpan.FromSeconds(40) : idleWindow);
    var (t1, n1) = (Stopwatch.GetTimestamp(), engine.Counter.Total);
    var seconds = Stopwatch.GetElapsedTime(t0, t1).TotalSeconds;
    if (!quick) return (PerHour: (n1 - n0) * 3600.0 / seconds, How: $"counted over {seconds:F0} s after {idleWarmUp.TotalSeconds:F0} s warm-up");
    // Quick: the queue pollers have not all backed off to their maximum yet (30 s takes ≈ 55 s). Calls other than queue
    // polls (partition table, leases) are counted in the window; each queue's polls are 3600 / its steady gap, the gap
    // being the mean of the observed gaps ≥ 0.75 × MaxQueuePollingInterval (or that maximum when none was seen yet).
    var max = engine.Options.MaxQueuePollingInterval.TotalSeconds;
    var polls = engine.Counter.PollTimes;
    var inWindow = polls.Values.Sum(p => p.Count(t => t >= t0 && t < t1));
    var others = (n1 - n0 - inWindow) * 3600.0 / seconds;
    var queues = polls.Values.Sum(p =>
    {
        var gaps = p.Zip(p.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b).TotalSeconds).Where(g => g >= 0.75 * max).ToList();
        return 3600 / (gaps.Count > 0 ? gaps.Average() : max);
    });
    return (PerHour: others + queues, How: $"{polls.Count} queues' polls at their steady gap + other calls counted over {seconds:F0} s");
});

// Phase 1: throughput on fresh hubs, the configurations in turn (product, DF defaults, product, …), the best round of
// each kept (the cores are shared: the best round is the least disturbed). Storage calls: the mean over the rounds.
var throughput = new Dictionary<string, (double PerSecond, double CallsEach, double SequentialPerSecond)>();
var tputEngines = new Dictionary<string, BenchEngine>();
foreach (var (key, options) in configs) tputEngines[key] = await BenchEngine.StartAsync(storage, options(Hub("tput")));
for (var round = 0; round < throughputRounds; round++)
{
    foreach (var (key, _) in configs)
    {
        var engine = tputEngines[key];
        var before = engine.Counter.Total;
        var t = Stopwatch.StartNew();
        await engine.RunAsync(throughputCount, TimeSpan.FromMinutes(5));
        var perSecond = throughputCount / t.Elapsed.TotalSeconds;
        var calls = (engine.Counter.Total - before) / (double)throughputCount;
        t.Restart();
        await engine.RunAsync(1, TimeSpan.FromMinutes(5), activities: sequentialCount);
        var sequential = sequentialCount / t.Elapsed.TotalSeconds;
        throughput[key] = throughput.TryGetValue(key, out var b)
            ? (Math.Max(b.PerSecond, perSecond), (b.CallsEach * round + calls) / (round + 1), Math.Max(b.SequentialPerSecond, sequential))
            : (perSecond, calls, sequential);
        Log($"{key} round {round + 1}: {perSecond:F1} orchestrations/s, {calls:F1} storage calls each, {sequential:F1} sequential activities/s");
    }
}
foreach (var e in tputEngines.Values) _ = e.DisposeAsync().AsTask();

// Phase 2: events after ≥ 60 s idle. Cross-process events are all raised first (each waits for a poll), the
// same-process ones then one after the other, 250 ms apart.
var crossTasks = configs.ToDictionary(c => c.Key, async c =>
{
    var list = new List<double>();
    var engines = await Task.WhenAll(remote[c.Key]);
    await Until(engines.Max(e => e.Since), eventIdle);
    var pending = engines.Select(e => BenchEngine.EventToStepAsync(e.Other, e.Id, TimeSpan.FromMinutes(2))).ToList();
    return (await Task.WhenAll(pending)).ToList();
});
var sameProcess = new Dictionary<string, List<double>>();
foreach (var (key, _) in configs)
{
    var (engine, ids, since) = await local[key];
    await Until(since, eventIdle);
    var times = new List<double>();
    foreach (var id in ids)
    {
        times.Add(await BenchEngine.EventToStepAsync(engine.Client, id, TimeSpan.FromMinutes(2)));
        await Task.Delay(250);
    }
    sameProcess[key] = times;
    Log($"{key}: same-process event → step P50 {Percentile(times, 50):F0} ms");
}

// Phase 3: what a coordinator feels, in the real local host.
var reviewTimes = new Dictionary<string, List<double>>();
double reviewIdleMinutes = double.MaxValue;
foreach (var (key, _) in configs)
{
    var (host, since) = await reviews[key];
    await Until(since, reviewIdle);
    reviewIdleMinutes = Math.Min(reviewIdleMinutes, Stopwatch.GetElapsedTime(since).TotalMinutes);
    reviewTimes[key] = await host.MeasureAsync(TimeSpan.FromMilliseconds(quick ? 300 : 2000));
    Log($"{key}: review → visible P50 {Percentile(reviewTimes[key], 50):F0} ms");
}
// The console's list over 1,500 dossiers, in the product's host (the list does not depend on the engine's settings).
const int listDossiers = 1_500;
var consoleList = await (await reviews["product"]).Host.MeasureListAsync(listDossiers, quick ? 10 : 30);
Log($"console list of {listDossiers}: first page P50 {Percentile(consoleList.FirstPage, 50):F0} ms, filtered P50 {Percentile(consoleList.Filtered, 50):F0} ms");
var cross = new Dictionary<string, List<double>>();
foreach (var (key, _) in configs) cross[key] = await crossTasks[key];
var idlePerHour = new Dictionary<string, (double PerHour, string How)>();
foreach (var (key, _) in configs) idlePerHour[key] = await idleFigures[key];

// Phase 4: the rush, on the product's host (its reviews are done).
Log($"rush: {rushCount} adhésions, {rushClients} clients");
var rushResult = await RushBench.RunAsync((await reviews["product"]).Host, storage, rushCount, rushClients, Log);

var refDir = Path.Combine(Azurite.RepositoryRoot(), "node_modules", "@etalab", "decoupage-administratif", "data");
// The share read right is measured over a folder of expected results: GROUPEMENT_DELIBERATION_CORPUS (a held-back
// set), else the shared examples beside the repository when they are there.
var corpus = Environment.GetEnvironmentVariable("GROUPEMENT_DELIBERATION_CORPUS") is { Length: > 0 } c ? c
    : Path.Combine(Azurite.RepositoryRoot(), "..", "shared", "examples", "deliberations");
var analysis = DeliberationAnalysisBenchmark.Run(quick ? 100 : 500, Directory.Exists(refDir) ? refDir : null,
    Directory.Exists(corpus) ? corpus : null);

// Report.
var figures = new Dictionary<string, object>();
void Engine(string name, Func<string, double> figure, int digits)
{
    figures[name] = Math.Round(figure("product"), digits);
    figures["dfDefaults" + char.ToUpperInvariant(name[0]) + name[1..]] = Math.Round(figure("dfDefaults"), digits);
}
Engine("orchestrationsPerSecond", k => throughput[k].PerSecond, 2);
Engine("storageCallsPerOrchestration", k => throughput[k].CallsEach, 1);
Engine("idleStorageCallsPerHour", k => idlePerHour[k].PerHour, 0);
Engine("eventLatencyP50Ms", k => Percentile(sameProcess[k], 50), 1);
Engine("eventLatencyP99Ms", k => Percentile(sameProcess[k], 99), 1);
Engine("crossProcessEventLatencyP50Ms", k => Percentile(cross[k], 50), 1);
Engine("crossProcessEventLatencyP99Ms", k => Percentile(cross[k], 99), 1);
Engine("reviewToVisibleP50Ms", k => Percentile(reviewTimes[k], 50), 1);
Engine("reviewToVisibleP99Ms", k => Percentile(reviewTimes[k], 99), 1);
Engine("sequentialActivitiesPerSecond", k => throughput[k].SequentialPerSecond, 2);
figures["remoteEventLatencyP50Ms"] = figures["crossProcessEventLatencyP50Ms"];
figures["remoteEventLatencyP99Ms"] = figures["crossProcessEventLatencyP99Ms"];
figures["reviewIdleMinutes"] = Math.Round(reviewIdleMinutes, 1);
figures["deliberationAnalysisMedianMs"] = Math.Round(analysis.GetValueOrDefault("deliberationAnalysisMedianMs"), 3);
figures["referenceDataLoadMs"] = Math.Round(analysis.GetValueOrDefault("referenceDataLoadMs"));
foreach (var key in new[] { "analysisMsPerPageMedian", "corpusReadRightShare", "corpusCases" })
    if (analysis.TryGetValue(key, out var value)) figures[key] = Math.Round(value, 3);
RushFigures(figures, rushResult);
figures["consoleListDossiers"] = listDossiers;
figures["consoleListFirstPageP50Ms"] = Math.Round(Percentile(consoleList.FirstPage, 50), 1);
figures["consoleListFilteredP50Ms"] = Math.Round(Percentile(consoleList.Filtered, 50), 1);
figures["consoleListAllPagesMs"] = Math.Round(consoleList.FullWalkMs);
figures["quick"] = quick;

string Describe(DurableEngineOptions o) =>
    $"{o.PartitionCount} partition(s), polling ≤ {o.MaxQueuePollingInterval.TotalSeconds:F0} s, lease loop {o.LeaseAcquireInterval.TotalSeconds:F0} s/{o.LeaseInterval.TotalSeconds:F0} s, app lease {(o.UseAppLease ? "on" : "off")}";
Console.WriteLine($"Groupement on the real engine (DurableTask.AzureStorage 2.11.2 on Azurite), {(quick ? "quick" : "full")} run, {clock.Elapsed.TotalSeconds:F0} s");
Console.WriteLine($"  product:     {Describe(productBase)}");
Console.WriteLine($"  DF defaults: {Describe(DurableEngineOptions.DurableFunctionsDefaults("x"))}");
Console.WriteLine($"  idle calls: product {idlePerHour["product"].How}; DF defaults {idlePerHour["dfDefaults"].How}");
Console.WriteLine($"  events: after ≥ {eventIdle.TotalSeconds:F0} s idle; same process {latencySamples} samples 250 ms apart; cross-process = a second " +
    $"AzureStorageOrchestrationService in this process (no in-process wake-up), one sample on each of {remoteEngines} idle workers started over one polling interval, raised at one moment");
Console.WriteLine($"  throughput: best of {throughputRounds} rounds of {throughputCount} orchestrations per configuration, in turn; storage calls: mean");
Console.WriteLine($"  review → visible: local host in this process (AddLocalHost/UseLocalHost, Kestrel on loopback), {reviewSamples} reviews after {reviewIdleMinutes:F1} min idle");
Console.WriteLine($"{"figure",-46} {"product",12} {"DF defaults",12} {"ratio",8}");
void Row(string figure, string key, string format)
{
    var p = Convert.ToDouble(figures[key], CultureInfo.InvariantCulture);
    var d = Convert.ToDouble(figures["dfDefaults" + char.ToUpperInvariant(key[0]) + key[1..]], CultureInfo.InvariantCulture);
    Console.WriteLine($"{figure,-46} {p.ToString(format, CultureInfo.InvariantCulture),12} {d.ToString(format, CultureInfo.InvariantCulture),12} {(d == 0 ? "-" : (p / d).ToString("F2", CultureInfo.InvariantCulture)),8}");
}
Row("orchestrations/s (3 sequential activities)", "orchestrationsPerSecond", "F1");
Row("sequential activities/s (one instance)", "sequentialActivitiesPerSecond", "F1");
Row("storage calls per orchestration", "storageCallsPerOrchestration", "F1");
Row("idle storage calls per hour (1 worker)", "idleStorageCallsPerHour", "F0");
Row("event → next step P50 ms (same process)", "eventLatencyP50Ms", "F0");
Row("event → next step P99 ms (same process)", "eventLatencyP99Ms", "F0");
Row("event → next step P50 ms (other client)", "crossProcessEventLatencyP50Ms", "F0");
Row("event → next step P99 ms (other client)", "crossProcessEventLatencyP99Ms", "F0");
Row("review POST → status on GET P50 ms", "reviewToVisibleP50Ms", "F0");
Row("review POST → status on GET P99 ms", "reviewToVisibleP99Ms", "F0");
Console.WriteLine($"{"délibération analysis, median ms",-46} {figures["deliberationAnalysisMedianMs"],12}");
Console.WriteLine($"{"reference data load ms (communes + EPCI)",-46} {figures["referenceDataLoadMs"],12}");
Console.WriteLine($"rush: {rushCount} adhésions (text délibération + {RushBench.ScanBytes / 1e6:F1} MB scan), {rushClients} clients: {rushResult.Seconds:F1} s, floor (same bytes straight to blobs) {rushResult.FloorSeconds:F1} s, " +
    $"ratio {figures["rushThroughputRatioToFloor"]}, submit P50 {figures["rushSubmitP50Ms"]} ms, P99 {figures["rushSubmitP99Ms"]} ms, all UnderReview {figures["rushUnderReviewSecondsAfterLast"]} s after the last");
Console.WriteLine($"{$"console list of {listDossiers}, first page P50 ms",-46} {figures["consoleListFirstPageP50Ms"],12}");
Console.WriteLine($"{$"console list of {listDossiers}, filtered P50 ms",-46} {figures["consoleListFilteredP50Ms"],12}");
Console.WriteLine($"{$"console list of {listDossiers}, all pages of 200 ms",-46} {figures["consoleListAllPagesMs"],12}");
Console.WriteLine(JsonSerializer.Serialize(figures));
await Console.Out.FlushAsync();
// The engines and hosts are abandoned, not stopped: bench.sh removes Azurite, and nothing may print after the JSON.
Environment.Exit(0);
return 0;

static async Task Until(long since, TimeSpan after)
{
    var left = after - Stopwatch.GetElapsedTime(since);
    if (left > TimeSpan.Zero) await Task.Delay(left);
}

static double Percentile(List<double> values, double p)
{
    if (values.Count == 0) return double.NaN;
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}
