using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Groupement.Functions.Exports;
using PdfSharp.WPFonts;
using UglyToad.PdfPig;

namespace Groupement.Functions.Tests.Exports;

public class AttestationPdfTests
{
    private const string ActId = "091-219102209-20260202-2026_011-DE";

    /// <summary>A real TrueType pair that every test machine has: the Segoe WP faces inside the PDFsharp package.</summary>
    internal static readonly FontFaces PackagedFaces = new("Segoe WP (test)", FontDataHelper.SegoeWP, FontDataHelper.SegoeWPBold);

    internal static AttestationData Data(int schools = 3) => new(
        "a1", "e-primo Île-de-France 2026", "Région académique Île-de-France",
        new Member("219102209", "Commune d'Épinay-sur-Orge", MemberKinds.Commune, "91215"),
        [.. Enumerable.Range(1, schools).Select(i => new Need($"École n° {i} Jules Ferry", "0910001K", i * 7))],
        new DateOnly(2026, 2, 12), ActId, new DateOnly(2026, 3, 6));

    internal static string Text(PdfDocument pdf) =>
        string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    [Fact]
    public void With_a_truetype_font_the_attestation_keeps_the_accents_and_states_member_siren_total_act_and_dates()
    {
        using var pdf = PdfDocument.Open(AttestationPdf.Render(Data(), PackagedFaces));

        var text = Text(pdf);
        Assert.Contains("Attestation d'adhésion", text, StringComparison.Ordinal);
        Assert.Contains("Commune d'Épinay-sur-Orge", text, StringComparison.Ordinal);
        Assert.Contains("(SIREN 219102209)", text, StringComparison.Ordinal);
        Assert.Contains("e-primo Île-de-France 2026", text, StringComparison.Ordinal);
        Assert.Contains(ActId, text, StringComparison.Ordinal);
        Assert.Contains("12 février 2026", text, StringComparison.Ordinal);
        Assert.Contains("Fait le 6 mars 2026.", text, StringComparison.Ordinal);
        Assert.Contains("École n° 2 Jules Ferry 0910001K 14", text, StringComparison.Ordinal);
        Assert.Contains("Total 42", text, StringComparison.Ordinal); // 7 + 14 + 21
        Assert.Contains("délibération d'adhésion est devenue exécutoire", text, StringComparison.Ordinal);
        Assert.Equal("Attestation d'adhésion — Commune d'Épinay-sur-Orge", pdf.Information.Title);
        Assert.All(pdf.GetPage(1).Letters, l => Assert.DoesNotContain("Helvetica", l.FontName, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Without_a_truetype_font_the_attestation_falls_back_to_helvetica_with_the_accents_transliterated()
    {
        using var pdf = PdfDocument.Open(AttestationPdf.Render(Data(), faces: null));

        var text = Text(pdf);
        Assert.Contains("Attestation d'adhesion", text, StringComparison.Ordinal);
        Assert.Contains("Commune d'Epinay-sur-Orge", text, StringComparison.Ordinal);
        Assert.Contains("(SIREN 219102209)", text, StringComparison.Ordinal);
        Assert.Contains("\"e-primo Ile-de-France 2026\"", text, StringComparison.Ordinal);
        Assert.Contains(ActId, text, StringComparison.Ordinal);
        Assert.Contains("12 fevrier 2026", text, StringComparison.Ordinal);
        Assert.Contains("Fait le 6 mars 2026.", text, StringComparison.Ordinal);
        Assert.Contains("Ecole no 3 Jules Ferry 0910001K 21", text, StringComparison.Ordinal);
        Assert.Contains("Total 42", text, StringComparison.Ordinal);
        Assert.Equal("Attestation d'adhesion - Commune d'Epinay-sur-Orge", pdf.Information.Title);
        Assert.All(pdf.GetPage(1).Letters, l => Assert.Contains("Helvetica", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void Font_bytes_pdfpig_cannot_use_fall_back_to_helvetica_instead_of_failing()
    {
        var broken = new FontFaces("/fonts/DejaVuSans.ttf", [0, 1, 0, 0, 9, 9, 9], [1, 2, 3]);

        using var pdf = PdfDocument.Open(AttestationPdf.Render(Data(), broken));

        Assert.Contains("Commune d'Epinay-sur-Orge", Text(pdf), StringComparison.Ordinal);
    }

    [FontsFact]
    public void The_default_render_finds_a_font_and_the_attestation_read_back_keeps_its_accents()
    {
        using var pdf = PdfDocument.Open(AttestationPdf.Render(Data()));

        var text = Text(pdf);
        Assert.Contains("Commune d'Épinay-sur-Orge", text, StringComparison.Ordinal);
        Assert.Contains("e-primo Île-de-France 2026", text, StringComparison.Ordinal);
        Assert.Contains("Total 42", text, StringComparison.Ordinal);
        Assert.Equal("Attestation d'adhésion — Commune d'Épinay-sur-Orge", pdf.Information.Title);
    }

    [Fact]
    public void The_first_day_of_a_month_is_written_1er()
    {
        var data = Data() with { ExecutoryOn = new DateOnly(2026, 7, 1), IssuedOn = new DateOnly(2026, 9, 1) };

        using var pdf = PdfDocument.Open(AttestationPdf.Render(data, PackagedFaces));

        var text = Text(pdf);
        Assert.Contains("depuis le 1er juillet 2026,", text, StringComparison.Ordinal);
        Assert.Contains("Fait le 1er septembre 2026.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" 1 juillet", text, StringComparison.Ordinal);
    }
}

/// <summary>A test of the machine's own font (Exports/SystemFonts.cs): skipped without one, failed where fonts are required.</summary>
public sealed class FontsFactAttribute() : Groupement.Testing.InputFactAttribute(Groupement.Testing.RequiredInputs.Fonts,
    SystemFonts.Default is null ? "no TrueType font found (the app's fonts/ from npm dejavu-fonts-ttf, or fonts-dejavu-core): scripts/install-tools.sh" : null);
