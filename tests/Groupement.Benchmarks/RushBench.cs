using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Azure.Storage.Blobs;

namespace Groupement.Benchmarks;

/// <summary>
/// The last days before a joining deadline: <c>count</c> adhésions, each a text délibération and a 1.5 MB scanned
/// convention, sent by <c>clients</c> concurrent HTTP clients to the local host on loopback (real engine, Azurite);
/// beside it the floor, the same bytes written straight to Blob storage with the same concurrency, in the same run.
/// </summary>
public static class RushBench
{
    public const int ScanBytes = 1_500_000;

    public static readonly bool WithIdempotencyKey = Environment.GetEnvironmentVariable("GROUPEMENT_BENCH_RUSH_IDEMPOTENCY") != "0";

    private static readonly ConcurrentDictionary<string, long> Calls = new();

    /// <summary>A pipeline policy counting each storage request (retries included) under <paramref name="owner"/>.</summary>
    public static Azure.Core.Pipeline.HttpPipelinePolicy Counting(string owner) => new Counter(owner);

    private sealed class Counter(string owner) : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        private void Count(Azure.Core.HttpMessage m)
        {
            // The container, table or queue: the path's second segment (after the account), without its key part.
            var segments = m.Request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var target = segments.Length > 1 ? segments[1].Split('(')[0] : "(service)";
            Calls.AddOrUpdate($"{owner} {m.Request.Method} {target}", 1, (_, n) => n + 1);
            Calls.AddOrUpdate(owner, 1, (_, n) => n + 1);
        }

        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            Count(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            Count(message);
            return ProcessNextAsync(message, pipeline);
        }
    }

    public sealed record Result(double Seconds, double FloorSeconds, List<double> SubmitMs, double UnderReviewSecondsAfterLast,
        IReadOnlyDictionary<string, List<double>> Phases, IReadOnlyDictionary<string, double> CallsPerAdhesion)
    {
        public double RatioToFloor => FloorSeconds / Seconds;
    }

    public static async Task<Result> RunAsync(ReviewBench host, string storage, int count, int clients, Action<string> log)
    {
        var (gid, coordinatorKey) = await host.CreateGroupementAsync();
        var scans = Enumerable.Range(0, count).Select(ScannedPdf).ToArray();

        // Warm-up: one submission outside the measure (JIT, connection pool, containers and tables created).
        await ReviewBench.Json(await host.Http.PostAsync($"/api/groupements/{gid}/adhesions", ReviewBench.NewSubmission(ScannedPdf(-1))), HttpStatusCode.Accepted);

        // The floor: the same bytes (each form's délibération and scan) uploaded straight to a container, same concurrency.
        var container = new BlobServiceClient(storage).GetBlobContainerClient("rush-floor-" + Guid.NewGuid().ToString("N")[..8]);
        await container.CreateIfNotExistsAsync();
        var payloads = new byte[count][][];
        for (var i = 0; i < count; i++)
        {
            using var form = ReviewBench.NewSubmission(scans[i]);
            payloads[i] = await Task.WhenAll(form.Where(p => p.Headers.ContentType?.MediaType == "application/pdf").Select(p => p.ReadAsByteArrayAsync()));
        }
        var floor = await Timed(count, clients, async i =>
        {
            for (var k = 0; k < payloads[i].Length; k++)
                await container.GetBlobClient($"{i}/{k}.pdf").UploadAsync(new BinaryData(payloads[i][k]));
        });
        payloads = null;
        log($"rush floor: {count} × 2 documents straight to blobs in {floor.Seconds:F2} s");

        using var spans = new SpanCollector();
        var calls0 = new Dictionary<string, long>(Calls);
        var ids = new ConcurrentBag<string>();
        var rush = await Timed(count, clients, async i =>
        {
            // As the application form does: one Idempotency-Key per submission (GROUPEMENT_BENCH_RUSH_IDEMPOTENCY=0: none).
            using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/groupements/{gid}/adhesions") { Content = ReviewBench.NewSubmission(scans[i]) };
            if (WithIdempotencyKey) post.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var r = await host.Http.SendAsync(post);
            ids.Add((await ReviewBench.Json(r, HttpStatusCode.Accepted)).GetProperty("adhesionId").GetString()!);
        });
        var last = Stopwatch.GetTimestamp();
        log($"rush: {count} submissions in {rush.Seconds:F2} s, P50 {Percentile(rush.Ms, 50):F0} ms, P99 {Percentile(rush.Ms, 99):F0} ms");

        var underReview = 0;
        while (Stopwatch.GetElapsedTime(last) < TimeSpan.FromMinutes(5))
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/groupements/{gid}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", coordinatorKey);
            var g = await ReviewBench.Json(await host.Http.SendAsync(get), HttpStatusCode.OK);
            underReview = g.TryGetProperty("counts", out var c) && c.TryGetProperty("UnderReview", out var n) ? n.GetInt32() : 0;
            if (underReview >= count + 1) break; // + the warm-up
            await Task.Delay(100);
        }
        var after = Stopwatch.GetElapsedTime(last).TotalSeconds;
        if (underReview < count + 1) log($"rush: only {underReview - 1} of {count} UnderReview after {after:F0} s");
        var perAdhesion = Calls.ToDictionary(kv => kv.Key, kv => (kv.Value - calls0.GetValueOrDefault(kv.Key)) / (double)count);
        return new Result(rush.Seconds, floor.Seconds, rush.Ms, after, spans.Durations(), perAdhesion);
    }

    private static async Task<(double Seconds, List<double> Ms)> Timed(int count, int clients, Func<int, Task> work)
    {
        var next = -1;
        var times = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var t0 = Stopwatch.GetTimestamp();
                await work(i);
                times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }));
        return (clock.Elapsed.TotalSeconds, [.. times]);
    }

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// A one-page "scan": a 1.5 MB grey image (no text layer), distinct per <paramref name="seed"/>; a valid PDF with
    /// its cross-reference table.
    /// </summary>
    public static byte[] ScannedPdf(int seed)
    {
        const int width = 1250, height = ScanBytes / width;
        var pixels = new byte[width * height];
        new Random(seed).NextBytes(pixels);
        using var ms = new MemoryStream(ScanBytes + 2048);
        var offsets = new List<long>();
        void Write(string s) { var b = Encoding.ASCII.GetBytes(s); ms.Write(b); }
        void Obj(string body) { offsets.Add(ms.Position); Write($"{offsets.Count} 0 obj\n{body}\nendobj\n"); }
        Write("%PDF-1.4\n");
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>");
        offsets.Add(ms.Position);
        Write($"4 0 obj\n<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {pixels.Length} >>\nstream\n");
        ms.Write(pixels);
        Write("\nendstream\nendobj\n");
        const string draw = "q 595 0 0 842 0 0 cm /Im1 Do Q";
        Obj($"<< /Length {draw.Length} >>\nstream\n{draw}\nendstream");
        var xref = ms.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return ms.ToArray();
    }

    /// <summary>The app's own spans (ActivitySource "Groupement") seen in this process during the rush: ms per name.</summary>
    private sealed class SpanCollector : IDisposable
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _spans = new();
        private readonly ActivityListener _listener;

        public SpanCollector()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == Groupement.Functions.Hosting.AppRegistration.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = a => _spans.GetOrAdd(a.OperationName, _ => []).Add(a.Duration.TotalMilliseconds),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyDictionary<string, List<double>> Durations() => _spans.ToDictionary(kv => kv.Key, kv => kv.Value.ToList());

        public void Dispose() => _listener.Dispose();
    }
}
