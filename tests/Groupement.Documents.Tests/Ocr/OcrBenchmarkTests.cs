using System.Diagnostics;
using Xunit.Abstractions;

namespace Groupement.Documents.Tests.Ocr;

/// <summary>OCR time per page (median of a three-page scan), printed for the benchmark note; asserts only that it is bounded.</summary>
[Collection(TestOcr.Name)]
public sealed class OcrBenchmarkTests(ITestOutputHelper output)
{
    [OcrFact]
    public async Task Ocr_time_per_page_is_printed_and_within_the_page_bound()
    {
        var filler = string.Join('\n', Enumerable.Repeat("Vu le code général des collectivités territoriales, et notamment ses articles L2121-10 à L2121-29 ;", 20));
        var text = string.Join("\n", Enumerable.Repeat(ScannedDeliberations.Commune + "\n" + filler, 3));
        var scan = await TestScan.FromTextAsync(text);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        var clock = Stopwatch.StartNew();

        var result = await new OcrReader(TestOcr.Options).ReadAsync(scan);

        output.WriteLine($"OCR: {result.Pages.Count} pages in {clock.Elapsed.TotalSeconds:0.0} s; median {result.MedianPageTime.TotalSeconds:0.0} s a page "
            + $"({string.Join(", ", result.Pages.Select(p => p.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}); "
            + $"confidence {result.Confidence:0.000}; load average {load}; {Environment.ProcessorCount} cores");
        Assert.Equal(OcrStatus.Ok, result.Status);
        Assert.True(result.Pages.Count >= 3);
        Assert.InRange(result.MedianPageTime, TimeSpan.Zero, TestOcr.Options.PageTimeout);
    }
}
