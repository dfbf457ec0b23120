using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Groupement.Documents.Tests.Signatures;

/// <summary>
/// Writes a minimal one-page convention with a signature field, fills its /ByteRange, signs the covered bytes with
/// <see cref="SignedCms"/> and a throwaway certificate, and splices the hex into /Contents, as signing software does.
/// </summary>
internal static class TestSigner
{
    private const int ContentsHexLength = 16384;

    public static X509Certificate2 Certificate(string commonName = "Marie Dupont", string organization = "Commune de Saint-Herblain")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O={organization}, C=FR", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddYears(1));
    }

    public static byte[] Unsigned(string text = "Convention constitutive du groupement de commandes") =>
        Encoding.Latin1.GetBytes(Body(text, "") + Tail(Body(text, ""), 7));

    private const string PlaceholderRange = "/ByteRange [0 0000000000 0000000000 0000000000]";

    /// <param name="signingTime">Written as the CMS signing-time attribute; null: none (then only /M tells the time).</param>
    /// <param name="timestamps">When given, the signature value is time-stamped (an unsigned attribute, as PAdES B-T).</param>
    public static byte[] Sign(X509Certificate2 certificate, string subFilter = "ETSI.CAdES.detached",
        DateTimeOffset? signingTime = null, string mEntry = "D:20261130101500+01'00'",
        string text = "Convention constitutive du groupement de commandes", TestTimestampAuthority? timestamps = null, DateTimeOffset? stampedAt = null,
        bool contentsFirst = false)
    {
        var body = Body(text, SignatureObject(7, subFilter, mEntry, contentsFirst));
        return Fill(Encoding.Latin1.GetBytes(body + Tail(body, 8)), certificate, signingTime, subFilter == "adbe.pkcs7.sha1",
            timestamps is null ? null : (timestamps, stampedAt ?? DateTimeOffset.UtcNow));
    }

    /// <summary>A document timestamp (ETSI.RFC3161): the /Contents is the token over the signed bytes; no signer.</summary>
    public static byte[] DocumentTimestamp(TestTimestampAuthority authority, DateTimeOffset at)
    {
        var body = Body("Convention constitutive du groupement de commandes", SignatureObject(7, "ETSI.RFC3161", "D:20261130101500+01'00'"));
        var file = Encoding.Latin1.GetBytes(body + Tail(body, 8));
        var (lt, gt) = FillByteRange(file);
        var token = authority.Stamp(file[..lt].Concat(file[gt..]).ToArray(), at);
        Encoding.ASCII.GetBytes(Convert.ToHexString(token)).CopyTo(file, lt + 1);
        return file;
    }

    /// <summary>A second signer: an incremental update holding a new signature dictionary that covers all before it.</summary>
    public static byte[] AppendSignature(byte[] pdf, X509Certificate2 certificate, DateTimeOffset signingTime)
    {
        var (prev, _) = LastStartXref(pdf);
        var obj = SignatureObject(8, "ETSI.CAdES.detached", "D:20261202090000+01'00'");
        var xrefAt = pdf.Length + obj.Length;
        var update = obj + $"xref\n0 1\n0000000000 65535 f \n8 1\n{pdf.Length:D10} 00000 n \n"
            + $"trailer\n<< /Size 9 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xrefAt}\n%%EOF\n";
        return Fill(pdf.Concat(Encoding.Latin1.GetBytes(update)).ToArray(), certificate, signingTime);
    }

    private static string SignatureObject(int number, string subFilter, string mEntry, bool contentsFirst = false)
    {
        var contents = $"/Contents <{new string('0', ContentsHexLength)}>";
        var entries = contentsFirst
            ? $"{contents} /Type /Sig /Filter /Adobe.PPKLite /SubFilter /{subFilter} /M ({mEntry}) {PlaceholderRange}"
            : $"/Type /Sig /Filter /Adobe.PPKLite /SubFilter /{subFilter} {PlaceholderRange} {contents} /M ({mEntry})";
        return $"{number} 0 obj\n<< {entries} /Name (Marie Dupont) /Reason (Accord) >>\nendobj\n";
    }

    /// <summary>Fills the last placeholder: the byte range around its /Contents, then the CMS over those bytes.</summary>
    /// <param name="encapsulateSha1">adbe.pkcs7.sha1: the CMS holds the SHA-1 of the bytes as its content, instead of detached.</param>
    private static byte[] Fill(byte[] file, X509Certificate2 certificate, DateTimeOffset? signingTime, bool encapsulateSha1 = false,
        (TestTimestampAuthority Authority, DateTimeOffset At)? timestamp = null)
    {
        var (lt, gt) = FillByteRange(file);

        var signed = file[..lt].Concat(file[gt..]).ToArray();
        var cms = encapsulateSha1 ? new SignedCms(new ContentInfo(SHA1.HashData(signed)), detached: false)
            : new SignedCms(new ContentInfo(signed), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") };
        if (signingTime is { } t) signer.SignedAttributes.Add(new Pkcs9SigningTime(t.UtcDateTime));
        cms.ComputeSignature(signer);
        if (timestamp is var (authority, at))
        {
            var signerInfo = cms.SignerInfos[0];
            signerInfo.AddUnsignedAttribute(new AsnEncodedData(new Oid("1.2.840.113549.1.9.16.2.14"), authority.Stamp(signerInfo.GetSignature(), at)));
        }
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms.Encode())).CopyTo(file, lt + 1);
        return file;
    }

    /// <summary>Writes the byte range around the last placeholder's /Contents; returns the offsets of its '&lt;' and after its '&gt;'.</summary>
    private static (int Lt, int Gt) FillByteRange(byte[] file)
    {
        var text = Encoding.Latin1.GetString(file);
        var rangeAt = text.LastIndexOf(PlaceholderRange, StringComparison.Ordinal);
        var objectAt = text.LastIndexOf(" 0 obj\n", rangeAt, StringComparison.Ordinal);
        var lt = text.IndexOf("/Contents <", objectAt, StringComparison.Ordinal) + "/Contents ".Length;
        var gt = lt + ContentsHexLength + 2;
        var range = $"/ByteRange [0 {lt} {gt} {file.Length - gt}]".PadRight(PlaceholderRange.Length);
        Encoding.Latin1.GetBytes(range).CopyTo(file, rangeAt);
        return (lt, gt);
    }

    private static (string Value, int At) LastStartXref(byte[] pdf)
    {
        var original = Encoding.Latin1.GetString(pdf);
        var at = original.LastIndexOf("startxref\n", StringComparison.Ordinal) + "startxref\n".Length;
        return (original[at..original.IndexOf('\n', at)], at);
    }

    /// <summary>An incremental update after the signature: a new revision of the page's text, appended.</summary>
    public static byte[] AppendIncrementalUpdate(byte[] pdf, string newText)
    {
        var (prev, _) = LastStartXref(pdf);
        var content = $"BT /F1 12 Tf 72 700 Td ({newText}) Tj ET";
        var obj = $"4 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n";
        var xrefAt = pdf.Length + obj.Length;
        var update = obj + $"xref\n0 1\n0000000000 65535 f \n4 1\n{pdf.Length:D10} 00000 n \n"
            + $"trailer\n<< /Size 8 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xrefAt}\n%%EOF\n";
        return pdf.Concat(Encoding.Latin1.GetBytes(update)).ToArray();
    }

    private static string Body(string text, string signatureObject)
    {
        var content = $"BT /F1 12 Tf 72 770 Td ({text}) Tj ET";
        var field = signatureObject.Length > 0 ? " /V 7 0 R" : "";
        return "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"
            + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            + "/Resources << /Font << /F1 6 0 R >> >> /Annots [5 0 R] >>\nendobj\n"
            + $"4 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n"
            + $"5 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /T (Signature1) /F 132 /P 3 0 R{field} >>\nendobj\n"
            + "6 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
            + signatureObject;
    }

    /// <summary>A real cross-reference table: objects 1 to size-1 found in the body (one byte per char: Latin-1).</summary>
    private static string Tail(string body, int size)
    {
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            var at = body.IndexOf($"\n{n} 0 obj\n", StringComparison.Ordinal) + 1;
            sb.Append(CultureInfo.InvariantCulture, $"{at:D10} 00000 n \n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{body.Length}\n%%EOF\n");
        return sb.ToString();
    }
}
