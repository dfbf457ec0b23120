using Groupement.Domain.Deliberations;
using Groupement.Domain.Tests.Deliberations;

namespace Groupement.Documents.Tests.Ocr;

[Collection(TestOcr.Name)]
public sealed class DeliberationReaderTests
{
    [Fact]
    public void The_written_deliberation_is_itself_well_formed()
    {
        var analysis = DeliberationAnalyzer.AnalyzeText(ScannedDeliberations.Commune, ScannedDeliberations.Context);

        AssertFacts(analysis.Facts);
        Assert.DoesNotContain(analysis.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [OcrFact]
    public async Task A_scan_is_analysed_from_its_OCR_text_and_marked_so()
    {
        var scan = await TestOcr.CommuneScanAsync();

        var reading = await new DeliberationReader(new OcrReader(TestOcr.Options)).AnalyzeAsync(scan, ScannedDeliberations.Context);

        Assert.Equal("ocr", reading.Source);
        Assert.InRange(reading.Confidence ?? 0, 0.75, 1.0);
        AssertFacts(reading.Analysis.Facts);
        Assert.False(reading.Analysis.Has(FindingCodes.NotReadable));
        Assert.DoesNotContain(reading.Analysis.Findings, f => f.Severity == FindingSeverity.Error);
        var info = Assert.Single(reading.Analysis.Findings, f => f.Code == OcrFindingCodes.ReadByOcr);
        Assert.Equal(FindingSeverity.Info, info.Severity);
        Assert.Contains("confiance moyenne", info.Message, StringComparison.Ordinal);
        Assert.False(reading.Analysis.Has(OcrFindingCodes.LowConfidence));
    }

    [OcrFact]
    public async Task A_picture_that_is_not_a_document_stays_not_readable_and_says_why()
    {
        var pdf = TestScan.ImagePdf([TestScan.Picture()]);

        var reading = await new DeliberationReader(new OcrReader(TestOcr.Options)).AnalyzeAsync(pdf, ScannedDeliberations.Context);

        Assert.Equal("none", reading.Source);
        var finding = Assert.Single(reading.Analysis.Findings);
        Assert.Equal(FindingCodes.NotReadable, finding.Code);
        Assert.Contains("aucun texte", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_with_a_text_layer_is_not_sent_to_OCR()
    {
        var pdf = TestPdf.Render(ScannedDeliberations.Commune);

        var reading = await new DeliberationReader(new OcrReader(new OcrOptions { TesseractPath = "/nonexistent/tesseract" }))
            .AnalyzeAsync(pdf, ScannedDeliberations.Context);

        Assert.Equal("pdf", reading.Source);
        Assert.Null(reading.Ocr);
        AssertFacts(reading.Analysis.Facts);
    }

    [Fact]
    public async Task Without_OCR_a_scan_keeps_DELIB_NOT_READABLE_with_the_reason()
    {
        var pdf = TestPdf.ImageOnly();

        var reading = await new DeliberationReader(new OcrReader(new OcrOptions { TesseractPath = "/nonexistent/tesseract" }))
            .AnalyzeAsync(pdf, ScannedDeliberations.Context);

        var finding = Assert.Single(reading.Analysis.Findings);
        Assert.Equal(FindingCodes.NotReadable, finding.Code);
        Assert.Contains(DocumentErrorCodes.OcrUnavailable, finding.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentErrorCodes.OcrUnavailable, reading.Ocr?.Error?.Code);
    }

    [Fact]
    public async Task An_encrypted_pdf_throws_the_domain_exception_with_its_code()
    {
        var e = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            new DeliberationReader(new OcrReader(TestOcr.Options)).AnalyzeAsync(TestPdf.Encrypted("Délibération du conseil municipal")));

        Assert.Equal("DOCUMENT_ENCRYPTED", e.Code);
    }

    [Fact]
    public void A_low_confidence_is_a_warning_not_an_error()
    {
        var result = new OcrResult(OcrStatus.Ok, [new OcrPage(1, "texte", 0.42, 120, 300, TimeSpan.FromSeconds(3))], 1);

        var findings = DeliberationReader.OcrFindings(result, new OcrOptions());

        var warning = Assert.Single(findings, f => f.Code == OcrFindingCodes.LowConfidence);
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        Assert.Contains("42 %", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }

    private static void AssertFacts(DeliberationFacts facts)
    {
        Assert.Equal("conseil municipal", facts.Body);
        Assert.Equal(new DateOnly(2026, 3, 9), facts.SessionDate);
        Assert.Equal(new DateOnly(2026, 3, 2), facts.ConvocationDate);
        Assert.Equal(19, facts.MembersInOffice);
        Assert.Equal(14, facts.Present);
        Assert.Equal(3, facts.Proxies);
        Assert.Equal(15, facts.VotesFor);
        Assert.Equal(1, facts.VotesAgainst);
        Assert.Equal(1, facts.Abstentions);
        Assert.True(facts.AuthorizesSignature);
    }
}
