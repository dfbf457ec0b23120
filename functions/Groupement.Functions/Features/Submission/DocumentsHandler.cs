using Groupement.Domain.Adhesions;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Http;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Submission;

/// <summary>New documents for an adhésion (after a request for changes): stored, then re-analysed by the workflow.</summary>
public static class DocumentsHandler
{
    internal static async Task<IResult> DocumentsAsync(string aid, HttpContext http, Access access, BoundSignals signals,
        DocumentValidator validator, DocumentStore documents)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var form = await FormDocuments.ReadFormAsync(http.Request);
        await using var files = await FormDocuments.ValidateAsync(form, validator, requireAll: false, http.RequestAborted);
        var signal = AdhesionSignals.New(SignalTypes.Documents, adhesion);
        // Check the transition before storing anything: a refused request leaves no blob behind.
        await signals.CheckAsync(adhesion, signal);
        var views = (await documents.SaveAllAsync(adhesion.View.GroupementId, aid, files.Documents, http.RequestAborted)).Select(d => d.ToView()).ToList();
        return await signals.SendAsync(adhesion, signal with { Documents = views }, http.RequestAborted);
    }
}
