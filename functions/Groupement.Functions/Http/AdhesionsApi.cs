using Groupement.Domain.Adhesions;
using System.Text.Json;
using Groupement.Domain.Members;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Http;

public sealed record ReviewRequest(string? Decision, string? Comment, bool? OverrideFindings);

public sealed record PublicationRequest(DateOnly? PublishedOn, string? Mode, string? Url);

public sealed record ReasonRequest(string? Reason);

/// <summary>Reads of adhésions and the commands people give them (review, documents, publication, withdrawal, closing).</summary>
public static class AdhesionsApi
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

    internal static async Task<IResult> ReviewAsync(string aid, HttpContext http, Access access, BoundSignals signals)
    {
        var adhesion = await access.AdhesionAsync(http, aid, memberAllowed: false);
        var body = await Problems.ReadJsonAsync<ReviewRequest>(http.Request);
        if (!ReviewDecisions.TryParse(body.Decision, out _))
            throw ApiProblemException.Field("INVALID_DECISION", "decision", "La décision doit être approve, reject ou request-changes.");
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Review, adhesion) with
        {
            Decision = body.Decision, Comment = body.Comment, OverrideFindings = body.OverrideFindings ?? false,
        }, http.RequestAborted);
    }

    internal static async Task<IResult> DocumentsAsync(string aid, HttpContext http, Access access, BoundSignals signals,
        DocumentValidator validator, DocumentStore documents)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var form = await FormDocuments.ReadFormAsync(http.Request);
        await using var files = await FormDocuments.ValidateAsync(form, validator, requireAll: false, http.RequestAborted);
        var signal = AdhesionSignals.New(SignalTypes.Documents, adhesion);
        // Check the transition before storing anything: a refused request leaves no blob behind.
        await signals.CheckAsync(adhesion, signal);
        var views = new List<DocumentView>();
        foreach (var d in files.Documents) views.Add((await documents.SaveAsync(adhesion.View.GroupementId, aid, d, http.RequestAborted)).ToView());
        return await signals.SendAsync(adhesion, signal with { Documents = views }, http.RequestAborted);
    }

    internal static async Task<IResult> PublicationAsync(string aid, HttpContext http, Access access, BoundSignals signals)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var body = await Problems.ReadJsonAsync<PublicationRequest>(http.Request);
        var errors = new Dictionary<string, string[]>();
        if (body.PublishedOn is null) errors["publishedOn"] = ["La date de publication ou d'affichage est obligatoire (aaaa-mm-jj)."];
        if (!PublicationModes.IsKnown(body.Mode)) errors["mode"] = ["Le mode doit être « affichage » ou « publication-electronique »."];
        if (body.Url is { Length: > 0 } u && !(Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors["url"] = ["L'adresse de publication doit être une URL http(s) complète."];
        if (errors.Count > 0) throw ApiProblemException.Validation("VALIDATION_FAILED", errors);
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Publication, adhesion) with
        {
            PublishedOn = body.PublishedOn, Mode = body.Mode, Url = body.Url,
        }, http.RequestAborted);
    }

    internal static async Task<IResult> WithdrawalAsync(string aid, HttpContext http, Access access, BoundSignals signals, TimeProvider time)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var body = http.Request.HasJsonContentType() ? await Problems.ReadJsonAsync<ReasonRequest>(http.Request) : new ReasonRequest(null);
        if (adhesion.View.Status == AdhesionStatus.Enrolled && Withdrawal.Decide(adhesion.Groupement.Calendar(), time.GetUtcNow()) is { Allowed: false } refusal)
            throw ApiProblemException.Unprocessable(Withdrawal.WindowClosedCode, refusal.Message);
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Withdrawal, adhesion) with { Reason = body.Reason }, http.RequestAborted);
    }

    internal static async Task<IResult> CloseAsync(string aid, HttpContext http, Access access, BoundSignals signals)
    {
        var adhesion = await access.AdhesionAsync(http, aid, memberAllowed: false);
        var body = await Problems.ReadJsonAsync<ReasonRequest>(http.Request);
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Close, adhesion) with { Reason = body.Reason }, http.RequestAborted);
    }
}
