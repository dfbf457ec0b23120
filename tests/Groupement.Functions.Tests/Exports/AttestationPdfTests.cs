using Groupement.Domain.Members;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Exports;
using PdfSharp.WPFonts;
using UglyToad.PdfPig;

namespace Groupement.Functions.Tests.Exports;

public class AttestationPdfTests
{
    private static AttestationData Data(int schools = 2) => new(
        "a1", "e-primo Nantes 2026", "Région académique Pays de la Loire",
        new Member("214901159", "Commune d'Angers", MemberKinds.Commune, "49007"),
        [.. Enumerable.Range(1, schools).Select(i => new Need($"École n° {i} Jules Ferry", "0490001K", 10))],
        new DateOnly(2026, 3, 5), "049-214901159-20260202-2026_011-DE", new DateOnly(2026, 3, 6));

    [Fact]
    public void The_attestation_names_the_member_siren_groupement_act_and_executory_date_in_french()
    {
        var bytes = AttestationPdf.Render(Data());

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Attestation d'adhésion", text, StringComparison.Ordinal);
        Assert.Contains("Commune d'Angers", text, StringComparison.Ordinal);
        Assert.Contains("214901159", text, StringComparison.Ordinal);
        Assert.Contains("e-primo Nantes 2026", text, StringComparison.Ordinal);
        Assert.Contains("049-214901159-20260202-2026_011-DE", text, StringComparison.Ordinal);
        Assert.Contains("5 mars 2026", text, StringComparison.Ordinal);
        Assert.Contains("Fait le 6 mars 2026", text, StringComparison.Ordinal);
        Assert.Contains("École n° 2 Jules Ferry", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_needs_flow_onto_further_pages_with_the_total_at_the_end()
    {
        using var pdf = PdfDocument.Open(AttestationPdf.Render(Data(schools: 80)));
        Assert.True(pdf.NumberOfPages >= 2);
        Assert.Contains("800", pdf.GetPage(pdf.NumberOfPages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_font_resolver_takes_a_system_font_when_there_is_one_and_pdfsharps_own_otherwise()
    {
        var dir = Directory.CreateTempSubdirectory("fonts");
        try
        {
            Assert.StartsWith("Segoe WP", new SystemFontResolver([dir.FullName]).Source, StringComparison.Ordinal);
            var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, "truetype", "dejavu"));
            File.WriteAllBytes(Path.Combine(sub.FullName, "DejaVuSans.ttf"), FontDataHelper.SegoeWP);
            var resolver = new SystemFontResolver([dir.FullName]);
            Assert.EndsWith("DejaVuSans.ttf", resolver.Source, StringComparison.Ordinal);
            Assert.Equal(FontDataHelper.SegoeWP, resolver.GetFont(resolver.ResolveTypeface("Arial", false, false).FaceName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
