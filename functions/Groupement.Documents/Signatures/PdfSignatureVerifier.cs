using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Groupement.Documents;

/// <summary>
/// Detects the digital signatures of a PDF (PAdES, adbe.pkcs7.detached, ETSI.CAdES.detached, adbe.pkcs7.sha1,
/// ETSI.RFC3161 document timestamps) and verifies each over its signed byte ranges. Pure, thread-safe, no network.
/// </summary>
public static class PdfSignatureVerifier
{
    public static PdfSignatureReport Verify(byte[] pdf, PdfSignatureLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        limits ??= new PdfSignatureLimits();
        if (pdf.LongLength > limits.MaxFileBytes)
        {
            return PdfSignatureReport.Failed(new DocumentError(DocumentErrorCodes.TooLarge,
                $"Le fichier ({pdf.LongLength / (1024 * 1024)} Mo) dépasse {limits.MaxFileBytes / (1024 * 1024)} Mo."));
        }
        if (!PdfBytes.LooksLikePdf(pdf))
        {
            return PdfSignatureReport.Failed(new DocumentError(DocumentErrorCodes.NotPdf, PdfBytes.DescribeNotPdf(pdf)));
        }
        var signatures = SignatureDictionaryScanner.Scan(pdf, limits)
            .Select((dictionary, i) => VerifyOne(pdf, dictionary, i + 1))
            .ToList();
        return new PdfSignatureReport(signatures, SignatureFindings.For(signatures));
    }

    private static PdfSignature VerifyOne(byte[] pdf, SignatureDictionary dictionary, int index)
    {
        var mTime = PdfStrings.ParseDate(dictionary.MEntry);
        var signature = new PdfSignature
        {
            Index = index,
            Status = PdfSignatureStatus.Invalid,
            SubFilter = dictionary.SubFilter,
            ByteRange = dictionary.ByteRange,
            NameEntry = dictionary.NameEntry,
            SigningTime = mTime,
            SigningTimeSource = mTime is null ? SigningTimeSource.None : SigningTimeSource.PdfEntry,
        };
        if (dictionary.Der is null) return signature with { Problem = dictionary.Problem };
        var r = dictionary.ByteRange;
        var end = r[2] + r[3];
        signature = signature with
        {
            UnsignedTrailingBytes = pdf.Length - end,
            CoversWholeFile = pdf.AsSpan((int)end).Trim(" \t\r\n\0"u8).IsEmpty,
        };
        var signed = new byte[r[1] + r[3]];
        pdf.AsSpan(0, (int)r[1]).CopyTo(signed);
        pdf.AsSpan((int)r[2], (int)r[3]).CopyTo(signed.AsSpan((int)r[1]));
        try
        {
            return dictionary.SubFilter == "ETSI.RFC3161"
                ? CmsVerification.VerifyDocumentTimestamp(signature, dictionary.Der, signed)
                : CmsVerification.VerifySignedData(signature, dictionary.Der, signed, dictionary.SubFilter == "adbe.pkcs7.sha1");
        }
        catch (CryptographicException e)
        {
            return signature with { Problem = "la structure de signature (CMS) est illisible : " + e.Message };
        }
    }
}
