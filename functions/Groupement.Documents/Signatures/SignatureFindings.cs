using System.Globalization;
using Groupement.Domain.Deliberations;
using Groupement.Domain.Time;

namespace Groupement.Documents;

/// <summary>CONVENTION_SIGNATURE_INVALID (error) and CONVENTION_SIGNED (info); no signature gives no finding.</summary>
internal static class SignatureFindings
{
    public static IReadOnlyList<Finding> For(IReadOnlyList<PdfSignature> signatures)
    {
        var findings = new List<Finding>();
        foreach (var s in signatures)
        {
            var what = s.IsDocumentTimestamp ? "L'horodatage électronique" : "La signature électronique";
            var who = s.SignerName is null ? "" : $" de {s.SignerName}";
            var number = signatures.Count > 1 ? $" n° {s.Index}" : "";
            if (s.Status == PdfSignatureStatus.Invalid)
            {
                findings.Add(Finding.Error(SignatureFindingCodes.Invalid, $"{what}{number}{who} n'est pas valide : {s.Problem}."));
                continue;
            }
            var verb = s.IsDocumentTimestamp ? "Horodatée électroniquement" : "Signée électroniquement";
            var by = s.SignerName is null ? "" : " par " + s.SignerName
                + (s.SignerOrganization is { } o && o != s.SignerName ? $" ({o})" : "");
            var when = s.SigningTime is { } t ? " le " + FormatInstant(t) + TimeSourceNote(s.SigningTimeSource) : ", date de signature inconnue";
            var trust = s.ChainTrusted ? "" : " Le certificat n'est pas reconnu comme de confiance par le serveur (chaîne non vérifiée).";
            var update = s.CoversWholeFile ? "" : $" Le fichier a été complété après cette signature ({s.UnsignedTrailingBytes} octets "
                + "d'une mise à jour incrémentale non couverts par elle : d'autres signatures, des annotations ou des modifications à vérifier).";
            findings.Add(Finding.Info(SignatureFindingCodes.Signed, $"{verb}{by}{when}.{trust}{update}"));
        }
        return findings;
    }

    private static string FormatInstant(DateTimeOffset instant)
    {
        var local = Paris.ToLocal(instant);
        return FrenchDate.Format(DateOnly.FromDateTime(local.DateTime)) + " à " + local.ToString("HH'h'mm", CultureInfo.InvariantCulture);
    }

    private static string TimeSourceNote(SigningTimeSource source) => source switch
    {
        SigningTimeSource.Timestamp => " (horodatage)",
        SigningTimeSource.PdfEntry => " (heure déclarée par le logiciel de signature)",
        _ => "",
    };
}
