using Groupement.Functions.Tests.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>SIRENs that pass the Luhn rule, and the ACTES identifier of a commune's délibération.</summary>
internal static class Sirens
{
    private static int _next = Random.Shared.Next(1000, 9000);

    /// <summary>A fresh valid SIREN of a commune of Maine-et-Loire (21 49 …).</summary>
    public static string NewCommune() => WithKey("2149" + (Interlocked.Increment(ref _next) % 10000).ToString("D4"));

    /// <summary>The 8 digits followed by their Luhn key.</summary>
    public static string WithKey(string eightDigits)
    {
        for (var key = 0; key <= 9; key++)
            if (Groupement.Domain.Members.Siren.IsValid(eightDigits + key)) return eightDigits + key;
        throw new InvalidOperationException("no Luhn key for " + eightDigits);
    }

    public static string ActId(string siren, DateOnly session, string number = "2026_061") => $"049-{siren}-{session:yyyyMMdd}-{number}-DE";
}

/// <summary>The délibérations of the tests, written as real PDFs with PDFsharp from French texts.</summary>
internal static class Deliberations
{
    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>A session day well in the past (and never the 1st, written « 1er » by clerks).</summary>
    public static DateOnly SessionDate { get; } = Day(-40);

    public static DateOnly Day(int offsetFromToday)
    {
        var d = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offsetFromToday);
        return d.Day == 1 ? d.AddDays(1) : d;
    }

    public static string Long(DateOnly d) => $"{d.Day} {Months[d.Month - 1]} {d.Year}";

    /// <summary>A clean délibération of a conseil municipal: quorum met, votes consistent, the mayor authorised.</summary>
    public static string CleanText(string commune, int present = 15, int proxies = 2, string stamp = "") => $"""
        {stamp}
        RÉPUBLIQUE FRANÇAISE
        COMMUNE DE {commune.ToUpperInvariant()}
        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
        Séance du {Long(SessionDate)}
        Date de convocation : {Long(SessionDate.AddDays(-10))}
        Conseillers en exercice : 19 — Présents : {present} — Pouvoirs : {proxies} — Votants : {present + proxies}
        Délibération n° 2026_061
        Objet : Éducation — adhésion au groupement de commandes pour l'environnement numérique de travail des écoles
        Le conseil municipal, après en avoir délibéré, à l'unanimité,
        décide d'adhérer au groupement de commandes pour l'environnement numérique de travail des écoles
        et autorise le Maire à signer la convention constitutive du groupement.
        Fait et délibéré les jour, mois et an susdits.
        """;

    /// <summary>Seven present out of nineteen: the quorum is not met (an error finding).</summary>
    public static string QuorumNotMetText(string commune) => CleanText(commune, present: 7, proxies: 2);

    /// <summary>A clean délibération bearing the prefecture tampon: transmitted, received and posted, with its act id.</summary>
    public static string StampedText(string commune, string siren) => CleanText(commune, stamp: $"""
        Envoyé en préfecture le {SessionDate.AddDays(2):dd/MM/yyyy}
        Reçu en préfecture le {SessionDate.AddDays(2):dd/MM/yyyy}
        Affiché le {SessionDate.AddDays(3):dd/MM/yyyy}
        ID : {Sirens.ActId(siren, SessionDate)}
        """);

    public static byte[] Pdf(string text)
    {
        PdfSharpSetup.EnsureConfigured();
        using var doc = new PdfDocument();
        var page = doc.AddPage();
        var font = new XFont(PdfSharpSetup.FontFamily, 10);
        using (var g = XGraphics.FromPdfPage(page))
        {
            var y = 60.0;
            foreach (var line in Wrap(text, 95))
            {
                g.DrawString(line, font, XBrushes.Black, new XPoint(50, y));
                y += 14;
            }
        }
        using var ms = new MemoryStream();
        doc.Save(ms, closeStream: false);
        return ms.ToArray();
    }

    public static byte[] Convention(string commune) => TestPdfs.Make($"Convention constitutive du groupement de commandes signée par la commune de {commune}");

    private static IEnumerable<string> Wrap(string text, int width)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            while (line.Length > width)
            {
                var cut = line.LastIndexOf(' ', width);
                if (cut <= 0) cut = width;
                yield return line[..cut];
                line = line[cut..].TrimStart();
            }
            yield return line;
        }
    }
}
