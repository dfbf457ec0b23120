using Groupement.Functions.Storage;

namespace Groupement.Functions.Documents;

/// <summary>A document in Blob storage; <see cref="BlobName"/> is <c>{groupementId}/{adhesionId}/{kind}/{sha256}-{fileName}</c>.</summary>
public sealed record StoredDocument(
    string Kind,
    string FileName,
    string OriginalFileName,
    string Sha256,
    long Size,
    DateTimeOffset UploadedAt,
    string BlobName,
    string ContentType)
{
    public DocumentView ToView() => new(Kind, FileName, Sha256, Size, UploadedAt);
}

/// <summary>An open download: dispose the content stream.</summary>
public sealed record DocumentDownload(StoredDocument Document, Stream Content);
