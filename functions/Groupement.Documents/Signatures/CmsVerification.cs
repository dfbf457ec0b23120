using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Groupement.Documents;

/// <summary>Verifies one CMS structure against the signed bytes and fills in who and when.</summary>
internal static class CmsVerification
{
    private const string MessageDigestOid = "1.2.840.113549.1.9.4";
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";
    private const string TimestampTokenOid = "1.2.840.113549.1.9.16.2.14";

    public static PdfSignature VerifySignedData(PdfSignature s, byte[] der, byte[] signed, bool encapsulatedSha1)
    {
        var cms = encapsulatedSha1 ? new SignedCms() : new SignedCms(new ContentInfo(signed), detached: true);
        cms.Decode(der);
        if (cms.SignerInfos.Count == 0) return s with { Problem = "la signature ne contient aucun signataire" };
        var signer = cms.SignerInfos[0];
        var algorithm = HashName(signer.DigestAlgorithm.Value);
        s = WithTime(s with { DigestAlgorithm = algorithm?.Name ?? signer.DigestAlgorithm.Value }, signer);
        if (signer.Certificate is not { } certificate)
        {
            return s with { Problem = "le certificat du signataire est absent de la signature" };
        }
        s = WithCertificate(s, certificate, cms.Certificates);
        byte[]? expected = null;
        byte[]? actual = null;
        if (encapsulatedSha1)
        {
            expected = cms.ContentInfo.Content;
            actual = SHA1.HashData(signed);
        }
        else if (algorithm is { } name && MessageDigest(signer) is { } digest)
        {
            expected = digest;
            actual = Hash(name, signed);
        }
        if (expected is not null && actual is not null && !CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            var label = encapsulatedSha1 ? "SHA1" : s.DigestAlgorithm;
            return s with { Problem = $"le fichier a été modifié après la signature (l'empreinte {label} des octets signés ne correspond plus)" };
        }
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException e)
        {
            return s with { Problem = "la valeur de signature ne correspond pas au certificat ou aux données signées : " + e.Message };
        }
        return s with { Status = PdfSignatureStatus.Valid };
    }

    public static PdfSignature VerifyDocumentTimestamp(PdfSignature s, byte[] der, byte[] signed)
    {
        s = s with { IsDocumentTimestamp = true };
        if (!Rfc3161TimestampToken.TryDecode(der, out var token, out _) || token is null)
        {
            return s with { Problem = "le jeton d'horodatage (RFC 3161) est illisible" };
        }
        var info = token.TokenInfo;
        s = s with
        {
            SigningTime = info.Timestamp,
            SigningTimeSource = SigningTimeSource.Timestamp,
            DigestAlgorithm = HashName(info.HashAlgorithmId.Value)?.Name ?? info.HashAlgorithmId.Value,
        };
        if (!token.VerifySignatureForData(signed, out var certificate) || certificate is null)
        {
            return s with { Problem = "le fichier a été modifié après l'horodatage, ou le jeton ne se vérifie pas" };
        }
        return WithCertificate(s, certificate, token.AsSignedCms().Certificates) with { Status = PdfSignatureStatus.Valid };
    }

    private static PdfSignature WithCertificate(PdfSignature s, X509Certificate2 certificate, X509Certificate2Collection extra)
    {
        var cn = NameElement(certificate.SubjectName, "2.5.4.3");
        var o = NameElement(certificate.SubjectName, "2.5.4.10");
        var (trusted, status) = Chain(certificate, extra, s.SigningTime);
        return s with
        {
            SignerName = cn ?? o ?? certificate.Subject,
            SignerOrganization = o,
            CertificateSubject = certificate.Subject,
            CertificateIssuer = certificate.Issuer,
            CertificateThumbprint = certificate.Thumbprint,
            CertificateNotBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime()),
            CertificateNotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime()),
            ChainTrusted = trusted,
            ChainStatus = status,
        };
    }

    /// <summary>Trust as this machine sees it, at the signing time when known; no revocation check, nothing downloaded.</summary>
    private static (bool Trusted, string? Status) Chain(X509Certificate2 certificate, X509Certificate2Collection extra, DateTimeOffset? at)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        if (at is { } time) chain.ChainPolicy.VerificationTime = time.UtcDateTime;
        try
        {
            var trusted = chain.Build(certificate);
            var status = string.Join(", ", chain.ChainStatus.Select(c => c.Status.ToString()).Distinct());
            return (trusted, status.Length == 0 ? null : status);
        }
        catch (CryptographicException e)
        {
            return (false, e.Message);
        }
        finally
        {
            foreach (var element in chain.ChainElements) element.Certificate.Dispose();
        }
    }

    private static PdfSignature WithTime(PdfSignature s, SignerInfo signer)
    {
        foreach (var attribute in signer.UnsignedAttributes)
        {
            if (attribute.Oid.Value != TimestampTokenOid || attribute.Values.Count == 0) continue;
            if (Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _)
                && token is not null && token.VerifySignatureForSignerInfo(signer, out _))
            {
                return s with { SigningTime = token.TokenInfo.Timestamp, SigningTimeSource = SigningTimeSource.Timestamp };
            }
        }
        foreach (var attribute in signer.SignedAttributes)
        {
            if (attribute.Oid.Value != SigningTimeOid || attribute.Values.Count == 0) continue;
            var value = attribute.Values[0] as Pkcs9SigningTime ?? new Pkcs9SigningTime(attribute.Values[0].RawData);
            return s with
            {
                SigningTime = new DateTimeOffset(DateTime.SpecifyKind(value.SigningTime.ToUniversalTime(), DateTimeKind.Utc)),
                SigningTimeSource = SigningTimeSource.SignedAttribute,
            };
        }
        return s;
    }

    private static byte[]? MessageDigest(SignerInfo signer)
    {
        foreach (var attribute in signer.SignedAttributes)
        {
            if (attribute.Oid.Value != MessageDigestOid || attribute.Values.Count == 0) continue;
            return (attribute.Values[0] as Pkcs9MessageDigest ?? new Pkcs9MessageDigest { RawData = attribute.Values[0].RawData }).MessageDigest;
        }
        return null;
    }

    private static HashAlgorithmName? HashName(string? oid) => oid switch
    {
        "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
        "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
        "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
        "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
        _ => null,
    };

    private static byte[] Hash(HashAlgorithmName name, byte[] data)
    {
        using var hash = IncrementalHash.CreateHash(name);
        hash.AppendData(data);
        return hash.GetHashAndReset();
    }

    private static string? NameElement(X500DistinguishedName name, string oid)
    {
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.HasMultipleElements) continue;
            if (rdn.GetSingleElementType().Value == oid) return rdn.GetSingleElementValue();
        }
        return null;
    }
}
