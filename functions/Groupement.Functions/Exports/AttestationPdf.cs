using System.Globalization;
using Groupement.Domain.Adhesions;
using UglyToad.PdfPig.Writer;

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
    DateOnly IssuedOn)
{
    /// <summary>The dossier number (<c>EPRIMO-2026-0042</c>); null for an adhésion filed before numbers existed.</summary>
    public string? Reference { get; init; }
}

/// <summary>
/// The membership attestation (French, A4), attached to the <c>enrolled</c> email. Written with PdfPig's own writer
/// (Apache-2.0): a system TrueType font is embedded (subset) when <see cref="SystemFonts"/> finds one, else Helvetica
/// with the text transliterated to ASCII.
/// </summary>
public static class AttestationPdf
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static byte[] Render(AttestationData data) => Render(data, SystemFonts.Default);

    /// <summary>Renders with the given faces; null (or faces PdfPig cannot use) means the Helvetica fallback.</summary>
    public static byte[] Render(AttestationData data, FontFaces? faces)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var builder = new PdfDocumentBuilder();
        var fonts = PdfFontSet.Add(builder, faces);
        var title = $"Attestation d'adhésion — {data.Member.Name}";
        builder.DocumentInformation.Title = fonts.Embedded ? title : PdfFontSet.ToAscii(title);
        builder.DocumentInformation.Author = fonts.Embedded ? data.CoordinatorName : PdfFontSet.ToAscii(data.CoordinatorName);
        var page = new PdfPageCursor(builder, fonts);

        page.Line("Attestation d'adhésion", bold: true, 18, after: 14);
        page.Line($"Groupement de commandes : {data.GroupementName}", bold: true, 11);
        page.Line($"Coordonnateur : {data.CoordinatorName}", bold: false, 11, after: 16);
        page.Paragraph(
            $"Le coordonnateur du groupement de commandes « {data.GroupementName} » atteste que {data.Member.Name} " +
            $"(SIREN {data.Member.Siren}) est membre du groupement depuis le {Day(data.ExecutoryOn)}, date à laquelle " +
            "sa délibération d'adhésion est devenue exécutoire (transmission en préfecture et publication).", bold: false, 11);
        page.Line(data.ActId is null ? "Identifiant de l'acte : non communiqué" : $"Identifiant de l'acte : {data.ActId}", bold: false, 11);
        if (data.Member.InseeCode is { } insee) page.Line($"Code INSEE : {insee}", bold: false, 11);
        if (data.Reference is { } reference) page.Line($"Numéro de dossier : {reference}", bold: false, 11);
        page.Line($"Référence de l'adhésion : {data.AdhesionId}", bold: false, 11, after: 16);

        page.Line("Besoins déclarés (annexe 2)", bold: true, 11, after: 8);
        page.Row("École", "UAI", "Comptes", bold: true, 11);
        foreach (var n in data.Needs) page.Row(n.School, n.Uai ?? "—", n.Accounts.ToString(French), bold: false, 11);
        page.Row("Total", "", data.Needs.Sum(n => n.Accounts).ToString(French), bold: true, 11);
        page.Space(18);
        page.Line($"Fait le {Day(data.IssuedOn)}.", bold: false, 11);
        return builder.Build();
    }

    // "1er juillet 2026": the domain's French date, not the culture's "1 juillet 2026".
    private static string Day(DateOnly d) => Groupement.Domain.Time.FrenchDate.Format(d);
}
