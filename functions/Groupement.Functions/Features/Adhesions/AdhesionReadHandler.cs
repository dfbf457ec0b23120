using System.Text.Json;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Auth;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.DurableTask.Client;

namespace Groupement.Functions.Features.Adhesions;

/// <summary>Reading adhésions: a groupement's list for its coordinator, one adhésion for its coordinator or its member.</summary>
public static class AdhesionReadHandler
{
    internal static async Task<IResult> ListAsync(string gid, string? status, HttpContext http, Access access, AdhesionStore adhesions)
    {
        await access.GroupementAsync(http, gid);
        AdhesionStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
            filter = Enum.TryParse<AdhesionStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s
                : throw ApiProblemException.Field("INVALID_STATUS", "status", $"Statut inconnu « {status} » (valeurs : {string.Join(", ", Enum.GetNames<AdhesionStatus>())}).");
        var items = await adhesions.ListAsync(gid, filter, http.RequestAborted);
        return Results.Ok(new { groupementId = gid, count = items.Count, items });
    }

    /// <summary>
    /// The adhésion (DESIGN §4), with what the caller may do now (<c>allowedActions</c>, French labels: pages keep no
    /// copy of the rules), the status as a person reads it, and the state of its workflow: a failed orchestration (an
    /// activity that kept failing) is shown with its reason to the coordinator, never left as a silent stall.
    /// </summary>
    internal static async Task<IResult> GetAsync(string aid, HttpContext http, Access access, AdhesionStore adhesions, DurableTaskClient durable)
    {
        var caller = await access.AdhesionAsync(http, aid);
        var view = await adhesions.GetViewAsync(aid, http.RequestAborted) ?? throw Access.AdhesionNotFound(aid);
        var role = caller.Role == CallerRole.Member ? ActorRole.Member : ActorRole.Coordinator;
        var json = JsonSerializer.SerializeToNode(view, StorageJson.Options)!.AsObject();
        json["statusLabel"] = AdhesionActions.Label(view.Status);
        json["allowedActions"] = JsonSerializer.SerializeToNode(AdhesionActions.For(view.ToState(), role), StorageJson.Options);
        AdhesionViewLabels.Apply(json);
        var instance = await durable.GetInstanceAsync(aid, http.RequestAborted);
        json["workflow"] = instance is null ? null : JsonSerializer.SerializeToNode(new
        {
            status = instance.RuntimeStatus.ToString(),
            updatedAt = instance.LastUpdatedAt,
            failure = instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed
                ? (role == ActorRole.Coordinator ? instance.FailureDetails?.ErrorMessage ?? "Échec sans détail." : "Un incident technique bloque ce dossier ; le coordonnateur en est informé.")
                : null,
        }, StorageJson.Options);
        return Results.Json(json, StorageJson.Options);
    }
}
