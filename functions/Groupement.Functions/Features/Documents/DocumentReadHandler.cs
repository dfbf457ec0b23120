using System.Text.RegularExpressions;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Http;
using Microsoft.Net.Http.Headers;

namespace Groupement.Functions.Features.Documents;

/// <summary>
/// <c>GET /api/adhesions/{aid}/documents/{sha256}</c>: one document of the adhésion, for its coordinator or its member,
/// streamed from Blob storage. A PDF opens inline in the browser's viewer; the response is sandboxed (CSP) and never
/// sniffed, so a hostile file cannot run script in the console's origin.
/// </summary>
public static partial class DocumentReadHandler
{
    internal static async Task<IResult> GetAsync(string aid, string sha256, HttpContext http, Access access, DocumentStore documents)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var listed = Sha256().IsMatch(sha256) ? adhesion.View.Documents.FirstOrDefault(d => d.Sha256 == sha256) : null;
        var download = listed is null ? null : await documents.OpenReadAsync(adhesion.View.GroupementId, aid, listed, http.RequestAborted);
        if (download is null)
            throw ApiProblemException.NotFound("DOCUMENT_NOT_FOUND", $"Aucun document « {sha256} » dans ce dossier.");
        var pdf = download.Document.ContentType == "application/pdf";
        var headers = http.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = "sandbox";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.CacheControl] = "private, max-age=3600";
        headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue(pdf ? "inline" : "attachment")
        {
            FileName = FileNames.Sanitize(listed!.FileName, listed.Kind, extension: pdf ? ".pdf" : Path.GetExtension(listed.FileName) is { Length: > 0 } ext ? ext : ".bin"),
        }.ToString();
        headers[HeaderNames.ContentLength] = download.Document.Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Stream(download.Content, pdf ? "application/pdf" : download.Document.ContentType);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
