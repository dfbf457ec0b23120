using System.Globalization;
using Groupement.Domain.Tests.Deliberations;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Groupement.Documents.Tests.Ocr;

/// <summary>Makes "scans": a text PDF rendered by pdftoppm, rotated slightly and noised, each page wrapped as an image in a new PDF.</summary>
internal static class TestScan
{
    public const int ScanDpi = 200;

    public static async Task<byte[]> FromTextAsync(string text, double degrees = 1.2, int seed = 7, double fontSize = 11,
        double sigma = 10, double specks = 0.0005)
    {
        var pages = await RasteriseAsync(TestPdf.Render(text, fontSize));
        return ImagePdf(pages.Select((p, i) => p.Rotate(i % 2 == 0 ? degrees : -degrees).AddNoise(seed + i, sigma, specks)).ToList());
    }

    /// <summary>An image-only PDF, one A4 page per image.</summary>
    public static byte[] ImagePdf(IReadOnlyList<GrayImage> pages)
    {
        TestFonts.EnsureInstalled();
        using var document = new PdfDocument();
        foreach (var image in pages)
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            using var bmp = new MemoryStream(image.ToBmp());
            using var x = XImage.FromStream(bmp);
            gfx.DrawImage(x, 0, 0, page.Width.Point, page.Height.Point);
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A photo-like picture with no writing: smooth gradients and discs.</summary>
    public static GrayImage Picture(int width = 800, int height = 1100)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var disc = Math.Pow(x - width * 0.4, 2) + Math.Pow(y - height * 0.5, 2) < Math.Pow(width * 0.3, 2);
                pixels[y * width + x] = (byte)(disc ? 90 + y * 60 / height : 180 + x * 60 / width);
            }
        }
        return new GrayImage(width, height, pixels);
    }

    private static async Task<List<GrayImage>> RasteriseAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("groupement-scan-test-");
        try
        {
            var input = Path.Combine(folder.FullName, "text.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var outcome = await BoundedProcess.RunAsync("pdftoppm",
                ["-r", ScanDpi.ToString(CultureInfo.InvariantCulture), "-gray", input, Path.Combine(folder.FullName, "p")],
                TimeSpan.FromMinutes(1), 1024, 0, CancellationToken.None);
            Assert.True(outcome.Succeeded, "pdftoppm failed: " + outcome.Errors);
            return Directory.GetFiles(folder.FullName, "p*.pgm").Order(StringComparer.Ordinal)
                .Select(f => GrayImage.ReadPgm(File.ReadAllBytes(f))).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
