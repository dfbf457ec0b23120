using System.Globalization;
using System.IO.Compression;
using System.Text;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Exports;
using Groupement.Functions.Storage;
using Microsoft.Net.Http.Headers;

namespace Groupement.Functions.Features.Documents;

/// <summary>
/// <c>GET /api/groupements/{gid}/documents.zip</c>: every document of the enrolled members for the archives, one folder
/// per dossier number (the adhésion id for one filed before numbers existed), and <c>manifest.csv</c> (';', UTF-8 with
/// BOM) listing each file with its SHA-256. Streamed: each blob is copied into the archive as it is read.
/// </summary>
public static class DocumentsArchiveHandler
{
    internal static async Task<IResult> GetAsync(string gid, HttpContext http, Access access, AdhesionStore adhesions, DocumentStore documents)
    {
        var (groupement, _) = await access.GroupementAsync(http, gid);
        var enrolled = (await adhesions.ListAsync(gid, AdhesionStatus.Enrolled, http.RequestAborted))
            .OrderBy(a => a.Reference is null).ThenBy(a => a.Reference, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var name = $"documents-{groupement.EffectiveReferencePrefix.ToLowerInvariant()}.zip";
        http.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
        return Results.Stream(async body =>
        {
            var ct = http.RequestAborted;
            var sink = new AsyncSink(body);
            await using (var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
            {
            var manifest = new StringBuilder();
            manifest.Append(string.Join(';', "N° de dossier", "SIREN", "Membre", "Pièce", "Fichier", "SHA-256", "Taille (octets)", "Déposé le")).Append("\r\n");
            foreach (var summary in enrolled)
            {
                if (await adhesions.GetAsync(summary.Id, ct) is not { } record) continue;
                var view = record.View;
                var folder = view.Reference ?? view.Id;
                var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var d in view.Documents)
                {
                    var download = await documents.OpenReadAsync(gid, view.Id, d, ct);
                    if (download is null) continue;
                    await using (download.Content)
                    {
                        var file = Unique(used, $"{d.Kind}-{d.FileName}");
                        var entry = zip.CreateEntry($"{folder}/{file}", CompressionLevel.NoCompression);
                        entry.LastWriteTime = d.UploadedAt;
                        await using (var target = await entry.OpenAsync(ct))
                            await download.Content.CopyToAsync(target, ct);
                        manifest.Append(string.Join(';', MembersCsv.Cell(folder), MembersCsv.Cell(view.Member.Siren), MembersCsv.Cell(view.Member.Name),
                            MembersCsv.Cell(d.Kind), MembersCsv.Cell($"{folder}/{file}"), d.Sha256, d.Size.ToString(CultureInfo.InvariantCulture),
                            d.UploadedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))).Append("\r\n");
                    }
                }
            }
            var manifestEntry = zip.CreateEntry("manifest.csv", CompressionLevel.Optimal);
            await using (var target = await manifestEntry.OpenAsync(ct))
                await target.WriteAsync(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(manifest.ToString())).ToArray(), ct);
            }
            await sink.DrainAsync(ct);
        }, "application/zip");
    }

    private static string Unique(HashSet<string> used, string file)
    {
        var candidate = file;
        for (var i = 2; !used.Add(candidate); i++)
            candidate = $"{Path.GetFileNameWithoutExtension(file)}-{i}{Path.GetExtension(file)}";
        return candidate;
    }

    /// <summary>
    /// The response body as the archive sees it: the host forbids synchronous writes, so the few the archive may still
    /// make (headers, the central directory) are buffered and sent with the next asynchronous write or at the end.
    /// </summary>
    private sealed class AsyncSink(Stream inner) : Stream
    {
        private readonly MemoryStream _pending = new();
        private long _position;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _pending.Write(buffer, offset, count);
            _position += count;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await DrainAsync(cancellationToken);
            await inner.WriteAsync(buffer, cancellationToken);
            _position += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public async Task DrainAsync(CancellationToken ct)
        {
            if (_pending.Length == 0) return;
            _pending.Position = 0;
            await _pending.CopyToAsync(inner, ct);
            _pending.SetLength(0);
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await DrainAsync(cancellationToken);
            await inner.FlushAsync(cancellationToken);
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
