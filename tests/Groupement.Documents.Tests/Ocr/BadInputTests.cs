using System.Diagnostics;
using System.Text;
using Groupement.Domain.Tests.Deliberations;

namespace Groupement.Documents.Tests.Ocr;

/// <summary>Files that must be refused with a code, quickly, before any child process runs (no OCR tools needed).</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task A_200_page_scan_is_refused_as_too_many_pages_within_seconds()
    {
        var pdf = TestScan.ImagePdf(Enumerable.Repeat(TestScan.Picture(60, 80), 200).ToList());
        var clock = Stopwatch.StartNew();

        var result = await new OcrReader().ReadAsync(pdf);

        Assert.Equal(OcrStatus.Failed, result.Status);
        Assert.Equal(DocumentErrorCodes.TooManyPages, result.Error?.Code);
        Assert.Equal(200, result.PageCount);
        Assert.Contains("200 pages", result.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("20 pages", result.Error?.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_page_bound_is_configurable_and_inclusive()
    {
        var pdf = TestScan.ImagePdf(Enumerable.Repeat(TestScan.Picture(60, 80), 3).ToList());

        var refused = await new OcrReader(new OcrOptions { MaxPages = 2 }).ReadAsync(pdf);

        Assert.Equal(DocumentErrorCodes.TooManyPages, refused.Error?.Code);
    }

    [Fact]
    public async Task An_encrypted_pdf_is_refused_as_encrypted()
    {
        var result = await new OcrReader().ReadAsync(TestPdf.Encrypted("Délibération du conseil municipal"));

        Assert.Equal(DocumentErrorCodes.Encrypted, result.Error?.Code);
    }

    [Fact]
    public async Task A_broken_pdf_is_refused_as_not_a_pdf()
    {
        var broken = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF garbage \u00ff\u00fe");

        var result = await new OcrReader().ReadAsync(broken);

        Assert.Equal(DocumentErrorCodes.NotPdf, result.Error?.Code);
    }

    [Fact]
    public async Task A_truncated_scan_is_refused_as_not_a_pdf()
    {
        var scan = TestScan.ImagePdf([TestScan.Picture(200, 300)]);

        var result = await new OcrReader().ReadAsync(scan[..(scan.Length / 3)]);

        Assert.Equal(DocumentErrorCodes.NotPdf, result.Error?.Code);
    }

    [Fact]
    public async Task An_image_file_is_refused_as_not_a_pdf_and_named()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];

        var result = await new OcrReader().ReadAsync(jpeg);

        Assert.Equal(DocumentErrorCodes.NotPdf, result.Error?.Code);
        Assert.Contains("image JPEG", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_bound_is_refused_without_being_parsed()
    {
        var result = await new OcrReader(new OcrOptions { MaxPdfBytes = 1000 }).ReadAsync(new byte[5000]);

        Assert.Equal(DocumentErrorCodes.TooLarge, result.Error?.Code);
    }

    [Fact]
    public async Task A_giant_page_is_refused_rather_than_rasterised()
    {
        var result = await new OcrReader().ReadAsync(GiantPage());

        Assert.Equal(DocumentErrorCodes.PageTooLarge, result.Error?.Code);
        Assert.Contains("page 1", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_tools_make_OCR_unavailable_with_the_reason()
    {
        var reader = new OcrReader(new OcrOptions { TesseractPath = "/nonexistent/tesseract" });

        var availability = await reader.CheckAvailabilityAsync();
        var result = await reader.ReadAsync(TestScan.ImagePdf([TestScan.Picture(60, 80)]));

        Assert.False(availability.IsAvailable);
        Assert.Equal(DocumentErrorCodes.OcrUnavailable, result.Error?.Code);
    }

    /// <summary>One page of 200 × 200 inches, the largest a PDF allows: 3.6 billion pixels at 300 dpi.</summary>
    private static byte[] GiantPage()
    {
        TestFonts.EnsureInstalled();
        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        page.Width = PdfSharp.Drawing.XUnit.FromPoint(14400);
        page.Height = PdfSharp.Drawing.XUnit.FromPoint(14400);
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
