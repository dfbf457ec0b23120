using Groupement.Domain.Adhesions;
using Groupement.Functions.Exports;
using UglyToad.PdfPig;
using static Groupement.Functions.Tests.Exports.AttestationPdfTests;

namespace Groupement.Functions.Tests.Exports;

public class AttestationPdfLayoutTests
{
    public static TheoryData<bool> Fonts => new() { true, false };

    [Theory]
    [MemberData(nameof(Fonts))]
    public void A_long_needs_list_flows_onto_further_pages_with_every_school_and_the_total_at_the_end(bool truetype)
    {
        using var pdf = PdfDocument.Open(AttestationPdf.Render(Data(schools: 90), truetype ? PackagedFaces : null));

        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        var text = Text(pdf);
        foreach (var i in new[] { 1, 45, 90 }) Assert.Contains($"n{(truetype ? "°" : "o")} {i} Jules Ferry 0910001K {i * 7}", text, StringComparison.Ordinal);
        var last = string.Join(" ", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains("Total 28665", last, StringComparison.Ordinal); // 7 * (1 + … + 90)
        Assert.Contains("Fait le 6 mars 2026.", last, StringComparison.Ordinal);
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters), l =>
        {
            Assert.InRange(l.StartBaseLine.X, 55, 540);
            Assert.InRange(l.StartBaseLine.Y, 50, 800);
        });
    }

    [Theory]
    [MemberData(nameof(Fonts))]
    public void Long_text_wraps_and_long_school_names_are_cut_inside_the_margins(bool truetype)
    {
        var data = Data() with
        {
            GroupementName = string.Join(" ", Enumerable.Repeat("Groupement régional numérique", 8)),
            Needs = [new Need(string.Concat(Enumerable.Repeat("École élémentaire très longue ", 6)), null, 5)],
        };

        using var pdf = PdfDocument.Open(AttestationPdf.Render(data, truetype ? PackagedFaces : null));

        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        Assert.All(letters, l => Assert.InRange(l.EndBaseLine.X, 55, 540));
        var text = Text(pdf);
        Assert.Contains(truetype ? "…" : "...", text, StringComparison.Ordinal);
        Assert.Contains("Total 5", text, StringComparison.Ordinal);
        Assert.Equal(16, CountOf(text, truetype ? "Groupement régional numérique" : "Groupement regional numerique")); // heading + paragraph
    }

    [Fact]
    public void The_helvetica_fallback_spells_french_typography_in_ascii()
    {
        Assert.Equal("Epinay \"no 1\" - oeuvre... L'ECOLE 1 234 EUR \"x\"", PdfFontSet.ToAscii("Épinay «\u00a0n° 1\u00a0» — œuvre… L’ÉCOLE 1\u202f234 € « x »"));
        Assert.Equal("? ok", PdfFontSet.ToAscii("\ud83d\ude00 ok"));
        Assert.Equal("?", PdfFontSet.ToAscii("\ud83d"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
