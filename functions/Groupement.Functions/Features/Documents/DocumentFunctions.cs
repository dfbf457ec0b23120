using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Functions;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Features.Documents;

/// <summary>Reading stored documents: one inline, or the enrolled members' as a ZIP for the archives.</summary>
public sealed class DocumentFunctions(Access access, AdhesionStore adhesions, DocumentStore documents)
{
    [Function("GetDocument")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/adhesions/{aid}/documents/{sha256}")] HttpRequest req, string aid, string sha256) =>
        DocumentReadHandler.GetAsync(aid, sha256, req.HttpContext, access, documents).ToAction();

    [Function("DocumentsArchive")]
    public Task<IActionResult> Archive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/documents.zip")] HttpRequest req, string gid) =>
        DocumentsArchiveHandler.GetAsync(gid, req.HttpContext, access, adhesions, documents).ToAction();
}
