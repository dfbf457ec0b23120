using System.Security.Cryptography;
using UglyToad.PdfPig;

namespace Groupement.Functions.Documents;

/// <summary>
/// Accepts real PDFs only: read while counting (20 MB a document, 60 MB a request, stopping as soon as a limit is
/// passed), hashed as read, then checked for the <c>%PDF-</c> magic and parsed with PdfPig.
/// </summary>
public sealed class DocumentValidator(DocumentLimits? limits = null)
{
    private static readonly byte[] Magic = "%PDF-"u8.ToArray();

    public DocumentLimits Limits { get; } = limits ?? new DocumentLimits();

    /// <summary>A budget for one request's files.</summary>
    public RequestBudget NewRequestBudget() => new(Limits.MaxRequestBytes);

    /// <param name="field">The form field (deliberation, convention, annexes…): used as kind and in problems.</param>
    public async Task<DocumentCheck> ValidateAsync(string field, string? fileName, Stream content, RequestBudget budget, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(budget);
        Stream buffer = new MemoryStream();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[81920];
        long size = 0;
        try
        {
            int read;
            while ((read = await content.ReadAsync(chunk, ct)) > 0)
            {
                size += read;
                if (!budget.TryConsume(read))
                    return Refuse(buffer, DocumentCodes.RequestTooLarge, field, $"La requête dépasse {Mb(Limits.MaxRequestBytes)} Mo au total.");
                if (size > Limits.MaxDocumentBytes)
                    return Refuse(buffer, DocumentCodes.TooLarge, field, $"Le document dépasse {Mb(Limits.MaxDocumentBytes)} Mo.");
                if (buffer is MemoryStream && size > Limits.MemoryBufferBytes) buffer = await SpillToFileAsync((MemoryStream)buffer, ct);
                hash.AppendData(chunk, 0, read);
                await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
            }
            if (size == 0) return Refuse(buffer, DocumentCodes.Missing, field, "Le fichier est vide.");
            if (!await StartsWithMagicAsync(buffer, ct))
                return Refuse(buffer, DocumentCodes.NotPdf, field, "Le fichier n'est pas un PDF.");
            var pages = CountPages(buffer);
            if (pages < 1)
                return Refuse(buffer, DocumentCodes.NotPdf, field, "Le fichier PDF est illisible, endommagé ou protégé par un mot de passe.");
            var safe = FileNames.Sanitize(fileName, field, Limits.MaxFileNameLength);
            var doc = new ValidatedDocument(field, safe, fileName ?? "", Convert.ToHexStringLower(hash.GetHashAndReset()), size, pages, buffer);
            return new DocumentCheck(doc, null);
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }

    /// <summary>DOCUMENT_MISSING for each required field not present.</summary>
    public static IReadOnlyList<DocumentProblem> CheckRequired(IEnumerable<string> presentFields, params string[] requiredFields)
    {
        var present = presentFields.ToHashSet(StringComparer.Ordinal);
        return [.. requiredFields.Where(f => !present.Contains(f))
            .Select(f => new DocumentProblem(DocumentCodes.Missing, f, $"Le document « {f} » (PDF) est obligatoire."))];
    }

    private static DocumentCheck Refuse(Stream buffer, string code, string field, string message)
    {
        buffer.Dispose();
        return new DocumentCheck(null, new DocumentProblem(code, field, message));
    }

    private static async Task<Stream> SpillToFileAsync(MemoryStream memory, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "groupement-upload-" + Guid.NewGuid().ToString("N") + ".tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        memory.Position = 0;
        await memory.CopyToAsync(file, ct);
        await memory.DisposeAsync();
        return file;
    }

    private static async Task<bool> StartsWithMagicAsync(Stream buffer, CancellationToken ct)
    {
        buffer.Position = 0;
        var head = new byte[Magic.Length];
        var n = await buffer.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return n == Magic.Length && head.AsSpan().SequenceEqual(Magic);
    }

    // PdfPig throws many exception types on malformed input; any of them means "not a usable PDF".
    private static int CountPages(Stream buffer)
    {
        buffer.Position = 0;
        try
        {
            using var pdf = PdfDocument.Open(buffer, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pdf.NumberOfPages < 1) return 0;
            _ = pdf.GetPage(1);
            return pdf.NumberOfPages;
        }
#pragma warning disable CA1031
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return 0;
        }
    }

    private static string Mb(long bytes) => (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
