using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Documents;

/// <summary>
/// Uploaded documents in Blob storage (container <c>documents</c>). Names carry the SHA-256, uploads use
/// <c>If-None-Match: *</c>: a blob is never overwritten, and storing the same content again is a no-op.
/// </summary>
public sealed partial class DocumentStore
{
    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public DocumentStore(BlobServiceClient blobs, StorageNames? names = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        _container = blobs.GetBlobContainerClient((names ?? new StorageNames()).DocumentsContainer);
        _time = time ?? TimeProvider.System;
    }

    public static string BlobName(string groupementId, string adhesionId, string kind, string sha256, string fileName)
    {
        if (!Segment().IsMatch(groupementId)) throw new ArgumentException("Invalid groupement id.", nameof(groupementId));
        if (!Segment().IsMatch(adhesionId)) throw new ArgumentException("Invalid adhesion id.", nameof(adhesionId));
        if (!KindPattern().IsMatch(kind)) throw new ArgumentException("Invalid document kind.", nameof(kind));
        if (!Sha256Pattern().IsMatch(sha256)) throw new ArgumentException("Invalid SHA-256.", nameof(sha256));
        if (!SafeName().IsMatch(fileName)) throw new ArgumentException("File name not sanitised.", nameof(fileName));
        return $"{groupementId}/{adhesionId}/{kind}/{sha256}-{fileName}";
    }

    /// <summary>Stores a validated PDF under its kind.</summary>
    public async Task<StoredDocument> SaveAsync(string groupementId, string adhesionId, ValidatedDocument document, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var content = document.OpenRead();
        return await SaveAsync(groupementId, adhesionId, document.Kind, document.FileName, document.OriginalFileName,
            document.Sha256, content, "application/pdf", ct);
    }

    /// <summary>Stores any content (e.g. an ACTES AR XML as kind <c>ar</c>); the caller vouches for the SHA-256 and the safe name.</summary>
    public async Task<StoredDocument> SaveAsync(string groupementId, string adhesionId, string kind, string fileName, string originalFileName,
        string sha256, Stream content, string contentType, CancellationToken ct = default)
    {
        var name = BlobName(groupementId, adhesionId, kind, sha256, fileName);
        var blob = _container.GetBlobClient(name);
        await EnsureContainerAsync(ct);
        var uploadedAt = _time.GetUtcNow();
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string>
            {
                ["sha256"] = sha256,
                ["kind"] = kind,
                ["filename"] = fileName,
                ["originalname"] = Uri.EscapeDataString(originalFileName),
                ["uploadedat"] = uploadedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        };
        try
        {
            await blob.UploadAsync(content, options, ct);
            // What was just written is known: no second round trip to read it back.
            if (content.CanSeek) return new StoredDocument(kind, fileName, originalFileName, sha256, content.Length, uploadedAt, name, contentType);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Same name means same SHA-256: the content is already there; keep the first upload as it is.
        }
        return await GetAsync(name, ct) ?? throw new InvalidOperationException($"Blob {name} vanished after upload.");
    }

    /// <summary>Stores several validated PDFs at once (independent blobs: parallel round trips), in their order.</summary>
    public async Task<IReadOnlyList<StoredDocument>> SaveAllAsync(string groupementId, string adhesionId, IEnumerable<ValidatedDocument> documents, CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        return await Task.WhenAll(documents.Select(d => SaveAsync(groupementId, adhesionId, d, ct)));
    }

    /// <summary>The documents of an adhésion, by blob name.</summary>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string groupementId, string adhesionId, CancellationToken ct = default)
    {
        await EnsureContainerAsync(ct);
        var list = new List<StoredDocument>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = $"{groupementId}/{adhesionId}/" }, ct))
            list.Add(From(item.Name, item.Metadata, item.Properties.ContentLength ?? 0, item.Properties.ContentType));
        return list;
    }

    /// <summary>The document's description, or null when absent.</summary>
    public async Task<StoredDocument?> GetAsync(string blobName, CancellationToken ct = default)
    {
        try
        {
            var props = await _container.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: ct);
            return From(blobName, props.Value.Metadata, props.Value.ContentLength, props.Value.ContentType);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Opens a document for reading (the coordinator's download); null when absent.</summary>
    public async Task<DocumentDownload?> OpenReadAsync(string blobName, CancellationToken ct = default)
    {
        try
        {
            var result = await _container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: ct);
            var d = result.Value.Details;
            return new DocumentDownload(From(blobName, d.Metadata, d.ContentLength, d.ContentType), result.Value.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Opens a document listed on the adhésion (its <see cref="DocumentView"/>); null when absent.</summary>
    public Task<DocumentDownload?> OpenReadAsync(string groupementId, string adhesionId, DocumentView document, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return OpenReadAsync(BlobName(groupementId, adhesionId, document.Kind, document.Sha256, document.FileName), ct);
    }

    private static StoredDocument From(string name, IDictionary<string, string> meta, long size, string? contentType)
    {
        string M(string k) => meta.TryGetValue(k, out var v) ? v : "";
        var uploadedAt = DateTimeOffset.TryParse(M("uploadedat"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : default;
        return new StoredDocument(M("kind"), M("filename"), Uri.UnescapeDataString(M("originalname")), M("sha256"), size, uploadedAt, name,
            contentType ?? "application/octet-stream");
    }

    private async Task EnsureContainerAsync(CancellationToken ct)
    {
        if (_created) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_created) await _container.CreateIfNotExistsAsync(cancellationToken: ct);
            _created = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex Segment();

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex KindPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")]
    private static partial Regex SafeName();
}
