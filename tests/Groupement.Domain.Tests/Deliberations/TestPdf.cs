using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>Writes real PDFs with PDFsharp: text wrapped to the page, tabs as tab stops; image-only; encrypted.</summary>
internal static class TestPdf
{
    private const double Margin = 40;
    private const double TabStop = 150;

    public static byte[] Render(string text, double fontSize = 9.5)
    {
        TestFonts.EnsureInstalled();
        using var document = new PdfDocument();
        var font = new XFont("DejaVu Sans", fontSize, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var lineHeight = fontSize * 1.45;
        PdfPage? page = null;
        XGraphics? gfx = null;
        double y = 0;
        void NewPage()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Margin + fontSize;
        }
        NewPage();
        var pages = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\f');
        for (var p = 0; p < pages.Length; p++)
        {
            if (p > 0) NewPage();
            foreach (var raw in (p > 0 && pages[p].StartsWith('\n') ? pages[p][1..] : pages[p]).Split('\n'))
            {
                foreach (var line in Wrap(gfx!, font, raw, page!.Width.Point - 2 * Margin))
                {
                    if (y > page.Height.Point - Margin) NewPage();
                    var x = Margin;
                    var cells = line.Split('\t');
                    for (var i = 0; i < cells.Length; i++)
                    {
                        if (i > 0) x = Margin + TabStop * (Math.Floor((x - Margin) / TabStop) + 1);
                        if (cells[i].Length > 0) gfx!.DrawString(cells[i], font, XBrushes.Black, x, y);
                        x += gfx!.MeasureString(cells[i], font).Width;
                    }
                    y += lineHeight;
                }
            }
        }
        gfx?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static IEnumerable<string> Wrap(XGraphics gfx, XFont font, string line, double width)
    {
        if (line.Contains('\t') || gfx.MeasureString(line, font).Width <= width)
        {
            yield return line;
            yield break;
        }
        var current = "";
        foreach (var word in line.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0) yield return current;
    }

    /// <summary>A "scan": one page holding only a bitmap (and a few vector strokes), no text at all.</summary>
    public static byte[] ImageOnly()
    {
        TestFonts.EnsureInstalled();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            using var bmp = new MemoryStream(GrayBitmap(64, 48));
            var image = XImage.FromStream(bmp);
            gfx.DrawImage(image, 40, 40, 500, 700);
            gfx.DrawRectangle(XPens.Black, 60, 60, 200, 20);
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public static byte[] Encrypted(string text)
    {
        var plain = Render(text);
        using var input = new MemoryStream(plain);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(input, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Modify);
        document.SecuritySettings.UserPassword = "secret-user";
        document.SecuritySettings.OwnerPassword = "secret-owner";
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A 24-bit BMP with stripes, written by hand (no imaging library needed).</summary>
    private static byte[] GrayBitmap(int width, int height)
    {
        var rowSize = (width * 3 + 3) & ~3;
        var data = new byte[54 + rowSize * height];
        void Int(int offset, int value) => BitConverter.GetBytes(value).CopyTo(data, offset);
        data[0] = (byte)'B';
        data[1] = (byte)'M';
        Int(2, data.Length);
        Int(10, 54);
        Int(14, 40);
        Int(18, width);
        Int(22, height);
        data[26] = 1;
        data[28] = 24;
        Int(34, rowSize * height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var shade = (byte)((x / 4 + y / 3) % 2 == 0 ? 40 : 220);
                var at = 54 + y * rowSize + x * 3;
                data[at] = data[at + 1] = data[at + 2] = shade;
            }
        }
        return data;
    }
}
