using System.Globalization;
using Groupement.Domain.Adhesions;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Groupement.Functions.Exports;

/// <summary>What the membership attestation states.</summary>
public sealed record AttestationData(
    string AdhesionId,
    string GroupementName,
    string CoordinatorName,
    Member Member,
    IReadOnlyList<Need> Needs,
    DateOnly ExecutoryOn,
    string? ActId,
    DateOnly IssuedOn);

/// <summary>The membership attestation (French, A4), attached to the <c>enrolled</c> email.</summary>
public static class AttestationPdf
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private const double Margin = 56, Bottom = 780;

    public static byte[] Render(AttestationData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        PdfSharpSetup.EnsureConfigured();
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"Attestation d'adhésion — {data.Member.Name}";
        pdf.Info.Author = data.CoordinatorName;
        var title = new XFont(PdfSharpSetup.FontFamily, 18, XFontStyleEx.Bold);
        var bold = new XFont(PdfSharpSetup.FontFamily, 11, XFontStyleEx.Bold);
        var body = new XFont(PdfSharpSetup.FontFamily, 11, XFontStyleEx.Regular);
        var page = new PageWriter(pdf);

        page.Line("Attestation d'adhésion", title, 30);
        page.Line($"Groupement de commandes : {data.GroupementName}", bold);
        page.Line($"Coordonnateur : {data.CoordinatorName}", body, 26);
        page.Paragraph(
            $"Le coordonnateur du groupement de commandes « {data.GroupementName} » atteste que {data.Member.Name} " +
            $"(SIREN {data.Member.Siren}) est membre du groupement depuis le {Day(data.ExecutoryOn)}, date à laquelle " +
            "sa délibération d'adhésion est devenue exécutoire (transmission en préfecture et publication).", body);
        page.Line(data.ActId is null ? "Identifiant de l'acte : non communiqué" : $"Identifiant de l'acte : {data.ActId}", body);
        if (data.Member.InseeCode is { } insee) page.Line($"Code INSEE : {insee}", body);
        page.Line($"Référence de l'adhésion : {data.AdhesionId}", body, 24);

        page.Line("Besoins déclarés (annexe 2)", bold, 18);
        page.Row("École", "UAI", "Comptes", bold);
        foreach (var n in data.Needs) page.Row(n.School, n.Uai ?? "—", n.Accounts.ToString(French), body);
        page.Row("Total", "", data.Needs.Sum(n => n.Accounts).ToString(French), bold);
        page.Space(24);
        page.Line($"Fait le {Day(data.IssuedOn)}.", body);
        page.Dispose(); // XGraphics writes its content stream on dispose

        using var ms = new MemoryStream();
        pdf.Save(ms, closeStream: false);
        return ms.ToArray();
    }

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", French);

    /// <summary>A top-down cursor that starts a new page when the current one is full.</summary>
    private sealed class PageWriter(PdfDocument pdf) : IDisposable
    {
        public void Dispose()
        {
            _gfx?.Dispose();
            _gfx = null;
        }

        private XGraphics? _gfx;
        private double _y;

        public void Line(string text, XFont font, double after = 18)
        {
            var g = Ensure(font.Height + after);
            g.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, g.PageSize.Width - 2 * Margin, font.Height), XStringFormats.TopLeft);
            _y += font.Height + after - font.Height * 0.2;
        }

        public void Paragraph(string text, XFont font)
        {
            var width = XUnit.FromPoint(595 - 2 * Margin).Point;
            var lines = Math.Ceiling(Ensure(0).MeasureString(text, font).Width / (width * 0.92)) + 1;
            var height = lines * font.Height * 1.2;
            var g = Ensure(height);
            new XTextFormatter(g).DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, width, height), XStringFormats.TopLeft);
            _y += height + 8;
        }

        public void Row(string school, string uai, string accounts, XFont font)
        {
            var g = Ensure(font.Height + 6);
            var w = g.PageSize.Width - 2 * Margin;
            g.DrawString(Fit(g, school, font, w * 0.6), font, XBrushes.Black, new XRect(Margin, _y, w * 0.6, font.Height), XStringFormats.TopLeft);
            g.DrawString(uai, font, XBrushes.Black, new XRect(Margin + w * 0.62, _y, w * 0.2, font.Height), XStringFormats.TopLeft);
            g.DrawString(accounts, font, XBrushes.Black, new XRect(Margin + w * 0.82, _y, w * 0.18, font.Height), XStringFormats.TopRight);
            _y += font.Height + 6;
        }

        public void Space(double points) => _y += points;

        private static string Fit(XGraphics g, string text, XFont font, double width)
        {
            if (g.MeasureString(text, font).Width <= width) return text;
            while (text.Length > 1 && g.MeasureString(text + "…", font).Width > width) text = text[..^1];
            return text + "…";
        }

        private XGraphics Ensure(double height)
        {
            if (_gfx is null || _y + height > Bottom)
            {
                _gfx?.Dispose();
                var page = pdf.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                _gfx = XGraphics.FromPdfPage(page);
                _y = Margin;
            }
            return _gfx;
        }
    }
}
