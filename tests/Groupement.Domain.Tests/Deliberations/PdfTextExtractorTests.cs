using Groupement.Domain.Deliberations;
using Xunit.Abstractions;

namespace Groupement.Domain.Tests.Deliberations;

public sealed class PdfTextExtractorTests
{
    [PdfFact]
    public void Text_written_by_PDFsharp_comes_back_line_by_line_with_accents_and_tab_stops()
    {
        var pdf = TestPdf.Render("Reçu en préfecture le 12/03/2026\nSéance du lundi 9 mars 2026\nEn exercice\t19\tPrésents\t15");

        var result = PdfTextExtractor.Extract(pdf);

        Assert.Equal(PdfTextStatus.Ok, result.Status);
        var lines = result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Reçu en préfecture le 12/03/2026", lines[0]);
        Assert.Equal("Séance du lundi 9 mars 2026", lines[1]);
        Assert.Equal(["En exercice", "19", "Présents", "15"], lines[2].Split('\t'));
    }

    [Fact]
    public void A_scan_without_text_layer_is_NoText_and_the_analysis_says_DELIB_NOT_READABLE()
    {
        var pdf = TestPdf.ImageOnly();

        Assert.Equal(PdfTextStatus.NoText, PdfTextExtractor.Extract(pdf).Status);
        var analysis = DeliberationAnalyzer.Analyze(DeliberationInput.FromPdf(pdf));
        var finding = Assert.Single(analysis.Findings);
        Assert.Equal(FindingCodes.NotReadable, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [PdfFact]
    public void A_password_protected_PDF_is_Encrypted_and_the_analyzer_throws_a_typed_exception()
    {
        var pdf = TestPdf.Encrypted("Le conseil municipal, après en avoir délibéré, autorise le maire à signer.");

        Assert.Equal(PdfTextStatus.Encrypted, PdfTextExtractor.Extract(pdf).Status);
        var e = Assert.Throws<UnreadableDocumentException>(() => DeliberationAnalyzer.Analyze(DeliberationInput.FromPdf(pdf)));
        Assert.Equal("DOCUMENT_ENCRYPTED", e.Code);
    }

    [Theory]
    [InlineData("not a pdf at all")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage")]
    public void Garbage_is_Broken_and_the_analyzer_throws_a_typed_exception(string content)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(content);

        Assert.Equal(PdfTextStatus.Broken, PdfTextExtractor.Extract(bytes).Status);
        var e = Assert.Throws<UnreadableDocumentException>(() => DeliberationAnalyzer.Analyze(DeliberationInput.FromPdf(bytes)));
        Assert.Equal("DOCUMENT_NOT_PDF", e.Code);
    }

    [PdfFact]
    public void A_truncated_PDF_is_Broken()
    {
        var pdf = TestPdf.Render("Le conseil municipal décide.");
        var truncated = pdf[..(pdf.Length / 3)];

        var status = PdfTextExtractor.Extract(truncated).Status;

        Assert.True(status is PdfTextStatus.Broken or PdfTextStatus.NoText, $"status {status}");
    }
}
