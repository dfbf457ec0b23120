using Groupement.Domain.Deliberations;
using Groupement.Domain.Tests.Deliberations.Cases;
using Xunit.Abstractions;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>Every written délibération, analysed from its text and from a PDF rendered by PDFsharp and read back by PdfPig.</summary>
public sealed class DeliberationCaseTests(ITestOutputHelper output)
{
    [Fact]
    public void There_are_at_least_forty_cases_with_distinct_names()
    {
        Assert.True(AllCases.List.Count >= 40, $"{AllCases.List.Count} cases");
        Assert.Equal(AllCases.List.Count, AllCases.List.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllCases.Names), MemberType = typeof(AllCases))]
    public void Text_gives_the_expected_facts_and_codes(string name)
    {
        var c = AllCases.Get(name);
        Check(c, DeliberationAnalyzer.Analyze(DeliberationInput.FromText(c.Text, c.Context)));
    }

    [PdfTheory]
    [MemberData(nameof(AllCases.Names), MemberType = typeof(AllCases))]
    public void Pdf_gives_the_same_facts_and_codes(string name)
    {
        var c = AllCases.Get(name);
        var pdf = TestPdf.Render(c.Text);
        Check(c, DeliberationAnalyzer.Analyze(DeliberationInput.FromPdf(pdf, c.Context)));
    }

    private void Check(DeliberationCase c, DeliberationAnalysis analysis)
    {
        output.WriteLine(analysis.ToJson());
        var wrong = CaseCheck.Mismatches(c, analysis);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.All(analysis.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        EvidenceAssert.Honest(c.Name, analysis);
    }
}
