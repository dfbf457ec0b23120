using Groupement.Functions.Exports;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Groupement.Functions.Tests.Documents;

/// <summary>Real PDFs written with PDFsharp for the tests.</summary>
internal static class TestPdfs
{
    public static byte[] Make(string text, int pages = 1)
    {
        PdfSharpSetup.EnsureConfigured();
        using var doc = new PdfDocument();
        var font = new XFont(PdfSharpSetup.FontFamily, 12);
        for (var i = 0; i < pages; i++)
        {
            var page = doc.AddPage();
            using var g = XGraphics.FromPdfPage(page);
            g.DrawString($"{text} (page {i + 1})", font, XBrushes.Black, new XPoint(50, 80));
        }
        using var ms = new MemoryStream();
        doc.Save(ms, closeStream: false);
        return ms.ToArray();
    }
}
