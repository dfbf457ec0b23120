using System.Diagnostics;
using System.Text.Json;
using Groupement.Domain.Deliberations;
using Groupement.Domain.Tests.Deliberations.Cases;
using Xunit.Abstractions;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>The benchmark figures over the written corpus: median analysis time per text page, and the share of
/// cases read right from text and from PDF (the JSON line is in the test output).</summary>
public sealed class CorpusFiguresTests(ITestOutputHelper output)
{
    [PdfFact]
    public void Corpus_figures_are_measured_and_every_case_is_read_right()
    {
        var perPage = new List<double>();
        var right = 0;
        var total = 0;
        foreach (var c in AllCases.List)
        {
            var pages = c.Text.Count(ch => ch == '\f') + 1;
            DeliberationAnalyzer.Analyze(DeliberationInput.FromText(c.Text, c.Context));
            var times = new List<double>();
            DeliberationAnalysis? analysis = null;
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                analysis = DeliberationAnalyzer.Analyze(DeliberationInput.FromText(c.Text, c.Context));
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            perPage.Add(Median(times) / pages);
            total += 2;
            if (CaseCheck.Mismatches(c, analysis!).Count == 0) right++;
            if (CaseCheck.Mismatches(c, DeliberationAnalyzer.Analyze(DeliberationInput.FromPdf(TestPdf.Render(c.Text), c.Context))).Count == 0) right++;
        }
        var figures = new Dictionary<string, double>
        {
            ["analysisMsPerPageMedian"] = Math.Round(Median(perPage), 3),
            ["corpusReadRightShare"] = Math.Round((double)right / total, 4),
            ["corpusCases"] = AllCases.List.Count,
        };
        output.WriteLine(JsonSerializer.Serialize(figures));

        Assert.Equal(total, right);
        Assert.InRange(figures["analysisMsPerPageMedian"], 0, 250);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
