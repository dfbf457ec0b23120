using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Groupement.Functions.Exports;

/// <summary>A top-down cursor over A4 pages written with PdfPig: starts a new page when the current one is full.</summary>
internal sealed class PdfPageCursor(PdfDocumentBuilder builder, PdfFontSet fonts)
{
    private const double PageHeight = 842, PageWidth = 595, Margin = 56, Bottom = PageHeight - Margin;
    private const double LineFactor = 1.25;
    private const double Usable = PageWidth - 2 * Margin;

    private PdfPageBuilder? _page;
    private double _y; // distance of the next line's top from the page's top

    public int Pages { get; private set; }

    /// <summary>One line of text, wrapped like <see cref="Paragraph"/> should it be wider than the page.</summary>
    public void Line(string text, bool bold, double size, double after = 6) => Paragraph(text, bold, size, after);

    /// <summary>Word-wrapped text over the usable width.</summary>
    public void Paragraph(string text, bool bold, double size, double after = 8)
    {
        var font = bold ? fonts.Bold : fonts.Regular;
        var page = Ensure(size * LineFactor);
        var words = fonts.Prepare(text, font, page).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && PdfFontSet.Width(candidate, font, size, page) > Usable)
            {
                page = Ensure(size * LineFactor);
                page.AddText(line, size, Baseline(size, Margin), font);
                _y += size * LineFactor;
                candidate = word;
            }
            line = candidate;
        }
        if (line.Length > 0)
        {
            page = Ensure(size * LineFactor);
            page.AddText(line, size, Baseline(size, Margin), font);
            _y += size * LineFactor;
        }
        _y += after;
    }

    /// <summary>A three-column table row: school (cut with "…" when too long), UAI, accounts right-aligned.</summary>
    public void Row(string school, string uai, string accounts, bool bold, double size)
    {
        var page = Ensure(size * LineFactor + 4);
        var font = bold ? fonts.Bold : fonts.Regular;
        Draw(page, Fit(page, fonts.Prepare(school, font, page), font, size, Usable * 0.6), bold, size, Margin);
        Draw(page, uai, bold, size, Margin + Usable * 0.62);
        var prepared = fonts.Prepare(accounts, font, page);
        page.AddText(prepared, size, Baseline(size, PageWidth - Margin - PdfFontSet.Width(prepared, font, size, page)), font);
        _y += size * LineFactor + 4;
    }

    public void Space(double points) => _y += points;

    private void Draw(PdfPageBuilder page, string text, bool bold, double size, double x)
    {
        var font = bold ? fonts.Bold : fonts.Regular;
        var prepared = fonts.Prepare(text, font, page);
        if (prepared.Length > 0) page.AddText(prepared, size, Baseline(size, x), font);
    }

    private string Fit(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        if (PdfFontSet.Width(text, font, size, page) <= width) return text;
        var ellipsis = fonts.Prepare("…", font, page);
        while (text.Length > 1 && PdfFontSet.Width(text + ellipsis, font, size, page) > width) text = text[..^1];
        return text.TrimEnd() + ellipsis;
    }

    private PdfPoint Baseline(double size, double x) => new(x, PageHeight - _y - size);

    private PdfPageBuilder Ensure(double height)
    {
        if (_page is null || _y + height > Bottom)
        {
            _page = builder.AddPage(PageSize.A4);
            _y = Margin;
            Pages++;
        }
        return _page;
    }
}
