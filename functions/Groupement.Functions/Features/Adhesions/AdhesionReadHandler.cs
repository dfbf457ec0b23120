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
        if (role == ActorRole.Member) view = view with { Notifications = MemberNotifications(view) };
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

    /// <summary>Kinds that go to the reviewers or the coordinator only, whatever the address.</summary>
    private static readonly HashSet<string> StaffKinds = new(StringComparer.Ordinal) { NotificationKinds.ReviewNeeded, NotificationKinds.ReviewReminder };

    /// <summary>What the member sees: only the emails sent to its référent, never the staff's notifications or addresses.</summary>
    internal static IReadOnlyList<NotificationView> MemberNotifications(AdhesionView view) =>
        [.. view.Notifications.Where(n => !StaffKinds.Contains(n.Kind) && string.Equals(n.To, view.Referent.Email, StringComparison.OrdinalIgnoreCase))];
}
