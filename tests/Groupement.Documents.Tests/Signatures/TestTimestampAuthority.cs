using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Groupement.Documents.Tests.Signatures;

/// <summary>A throwaway RFC 3161 time-stamping authority: TSTInfo written with AsnWriter, signed with SignedCms.</summary>
internal sealed class TestTimestampAuthority : IDisposable
{
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";

    private readonly X509Certificate2 certificate;

    public TestTimestampAuthority()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Horodatage de test, O=Groupement Tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddYears(1));
    }

    /// <summary>A token (a CMS SignedData holding a TSTInfo) for the SHA-256 of <paramref name="data"/> at <paramref name="time"/>.</summary>
    public byte[] Stamp(ReadOnlySpan<byte> data, DateTimeOffset time)
    {
        var info = new AsnWriter(AsnEncodingRules.DER);
        using (info.PushSequence())
        {
            info.WriteInteger(1);
            info.WriteObjectIdentifier("1.2.3.4.1");
            using (info.PushSequence())
            {
                using (info.PushSequence()) info.WriteObjectIdentifier(Sha256Oid);
                info.WriteOctetString(SHA256.HashData(data));
            }
            info.WriteInteger(RandomNumberGenerator.GetInt32(1, int.MaxValue));
            info.WriteGeneralizedTime(time, omitFractionalSeconds: true);
        }
        var cms = new SignedCms(new ContentInfo(new Oid(TstInfoOid), info.Encode()), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate) { DigestAlgorithm = new Oid(Sha256Oid) };
        signer.SignedAttributes.Add(new AsnEncodedData(new Oid(SigningCertificateV2Oid), SigningCertificateV2()));
        cms.ComputeSignature(signer);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { certHash (SHA-256 by default) } }.</summary>
    private byte[] SigningCertificateV2()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }
        return writer.Encode();
    }

    public void Dispose() => certificate.Dispose();
}
