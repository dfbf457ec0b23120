using System.Text.Json.Serialization;

namespace Groupement.Documents;

[JsonConverter(typeof(JsonStringEnumConverter<PdfSignatureStatus>))]
public enum PdfSignatureStatus
{
    /// <summary>The CMS signature verifies over the signed byte ranges.</summary>
    [JsonStringEnumMemberName("valid")] Valid,

    /// <summary>Digest mismatch, bad signature value, unparseable CMS or byte ranges.</summary>
    [JsonStringEnumMemberName("invalid")] Invalid,
}

[JsonConverter(typeof(JsonStringEnumConverter<SigningTimeSource>))]
public enum SigningTimeSource
{
    [JsonStringEnumMemberName("none")] None,

    /// <summary>An RFC 3161 timestamp token in the signature's unsigned attributes (the time a third party vouches for).</summary>
    [JsonStringEnumMemberName("timestamp")] Timestamp,

    /// <summary>The CMS signing-time signed attribute (the signer's clock).</summary>
    [JsonStringEnumMemberName("signed-attribute")] SignedAttribute,

    /// <summary>The /M entry of the signature dictionary (the signer's clock, not covered by the CMS).</summary>
    [JsonStringEnumMemberName("pdf-entry")] PdfEntry,
}

/// <summary>One signature dictionary of a PDF (/Type /Sig with /ByteRange and /Contents) and what its verification gave.</summary>
public sealed record PdfSignature
{
    /// <summary>1-based, in file order (the first is usually the oldest revision).</summary>
    public required int Index { get; init; }

    public required PdfSignatureStatus Status { get; init; }

    /// <summary>Why it is invalid, in French; null when valid.</summary>
    public string? Problem { get; init; }

    /// <summary>adbe.pkcs7.detached, ETSI.CAdES.detached, adbe.pkcs7.sha1, ETSI.RFC3161 (a document timestamp)…</summary>
    public string? SubFilter { get; init; }

    public required IReadOnlyList<long> ByteRange { get; init; }

    /// <summary>The signed ranges reach the end of the file: nothing was appended after the signature.</summary>
    public bool CoversWholeFile { get; init; }

    /// <summary>Bytes after the signed ranges (an incremental update: annotations, other signatures, or changes).</summary>
    public long UnsignedTrailingBytes { get; init; }

    /// <summary>The certificate's common name, else its organisation.</summary>
    public string? SignerName { get; init; }

    public string? SignerOrganization { get; init; }
    public string? CertificateSubject { get; init; }
    public string? CertificateIssuer { get; init; }
    public string? CertificateThumbprint { get; init; }
    public DateTimeOffset? CertificateNotBefore { get; init; }
    public DateTimeOffset? CertificateNotAfter { get; init; }

    /// <summary>The /Name entry of the dictionary (free text set by the signing software), when given.</summary>
    public string? NameEntry { get; init; }

    public DateTimeOffset? SigningTime { get; init; }
    public SigningTimeSource SigningTimeSource { get; init; }

    /// <summary>SHA256, SHA384… (the CMS digest algorithm).</summary>
    public string? DigestAlgorithm { get; init; }

    /// <summary>The certificate chains to a root this machine trusts (no revocation check, no download). Self-signed: false.</summary>
    public bool ChainTrusted { get; init; }

    /// <summary>The chain builder's statuses when not trusted (e.g. UntrustedRoot, PartialChain, NotTimeValid).</summary>
    public string? ChainStatus { get; init; }

    /// <summary>A document timestamp (ETSI.RFC3161): vouches for a time, not for a signer.</summary>
    public bool IsDocumentTimestamp { get; init; }
}
