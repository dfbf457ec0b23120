using Groupement.Documents.Tests.Ocr;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>A scanned délibération (no text layer) is read by OCR in the analysis activity, off the submission path.</summary>
public class ScannedDeliberationTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [OcrFact]
    public async Task A_scanned_deliberation_is_read_by_OCR_and_its_facts_say_so()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var text = Deliberations.CleanText(s.Commune);
        var scan = await TestScan.FromTextAsync(text);
        var submission = s with
        {
            Files = [.. s.Files.Where(f => f.Field != "deliberation"), ("deliberation", "délibération scannée.pdf", scan, "application/pdf")],
        };
        var (aid, token) = await _api.SubmitAsync(g.Id, submission);
        var view = await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var facts = view.GetProperty("deliberation");
        Assert.Equal("ocr", facts.GetProperty("source").GetString());
        Assert.InRange(facts.GetProperty("confidence").GetDouble(), 0.3, 1.0);
        Assert.Equal("conseil municipal", facts.GetProperty("body").GetString());
        var codes = view.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain("DELIB_NOT_READABLE", codes);
        Assert.Contains("DELIB_READ_BY_OCR", codes);
        host.AssertNoErrors();
    }
}
