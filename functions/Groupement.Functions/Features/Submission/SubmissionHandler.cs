using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Time;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Hosting;
using Groupement.Functions.Http;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;
using Microsoft.DurableTask.Client;

namespace Groupement.Functions.Features.Submission;

public sealed record SubmissionResponse(string AdhesionId, string Status, string StatusUrl)
{
    public string? AccessToken { get; init; }
}

/// <summary>
/// <c>POST /api/groupements/{gid}/adhesions</c>: a member's application. Everything is checked before anything is
/// stored; documents go to Blob storage (content-addressed, never overwritten), then the read model, then the
/// orchestration starts. With an <c>Idempotency-Key</c> the adhésion id derives from the key, so a retry after a crash
/// completes the same adhésion instead of making a second one.
/// </summary>
public static class SubmissionHandler
{

    internal static async Task<IResult> SubmitAsync(string gid, HttpContext http, GroupementStore groupements, AdhesionStore adhesions,
        IdempotencyStore idempotency, DocumentValidator validator, DocumentStore documents, DurableTaskClient durable, TimeProvider time)
    {
        var ct = http.RequestAborted;
        GroupementRecord groupement;
        InvitationRecord? invitation;
        using (SubmissionSpans.Start("groupement"))
        {
            // Two independent reads at once; the unknown groupement (404) answers before a bad invitation (401).
            var invitationLookup = InvitationOf(http, groupements, gid);
            try
            {
                groupement = await groupements.GetAsync(gid, ct) ?? throw Access.GroupementNotFound(gid);
            }
            catch
            {
                await Quietly(invitationLookup);
                throw;
            }
            invitation = await invitationLookup;
        }
        var calendar = groupement.Calendar();
        if (calendar.IsJoinDeadlinePassed(time.GetUtcNow()))
            throw ApiProblemException.Unprocessable("DEADLINE_PASSED",
                $"La date limite d'adhésion au groupement « {groupement.Name} » était le {FrenchDate.Format(calendar.JoinDeadline)} : les dépôts sont clos.");
        IFormCollection form;
        using (SubmissionSpans.Start("read-form")) form = await FormDocuments.ReadFormAsync(http.Request);
        var parsed = SubmissionParser.Parse(form["member"], form["referent"], form["needs"]);
        if (!parsed.IsValid) throw Problems.FromFieldErrors(parsed.Errors);
        var member = parsed.Member! with { Siren = Domain.Members.Siren.Normalize(parsed.Member!.Siren)! };
        if (invitation is not null && invitation.Siren != member.Siren)
            throw ApiProblemException.Field("INVITATION_SIREN_MISMATCH", "member.siren",
                $"Ce lien d'invitation a été émis pour le SIREN {invitation.Siren}, pas pour {member.Siren}.");
        var validating = SubmissionSpans.Start("validate-documents");
        await using var files = await FormDocuments.ValidateAsync(form, validator, requireAll: true, ct);
        validating?.Dispose();

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 0 && !IdempotencyStore.IsValidKey(key))
            throw ApiProblemException.Field("INVALID_IDEMPOTENCY_KEY", "Idempotency-Key", "La clé d'idempotence doit faire de 1 à 255 caractères imprimables.");
        var fingerprint = Fingerprint(form, files);
        var adhesionId = key.Length > 0 ? DerivedId(gid, key) : Guid.NewGuid().ToString("N");
        GroupementTelemetry.TagAdhesion(adhesionId);

        // Before anything is stored: the key's state and a second application of the SIREN, read at once.
        using (SubmissionSpans.Start("checks"))
        {
            var duplicate = RefuseDuplicate(adhesions, gid, member.Siren, adhesionId, ct);
            if (key.Length > 0)
            {
                IdempotencyOutcome seen;
                try
                {
                    seen = await idempotency.PeekAsync(gid, key, fingerprint, ct);
                }
                catch
                {
                    await Quietly(duplicate);
                    throw;
                }
                if (seen.State != IdempotencyState.Started) await Quietly(duplicate);
                if (Settled(seen) is { } settled) return await settled(adhesions, gid, ct);
            }
            await duplicate;
        }

        // Content-addressed under the adhésion id (derived from the key): storing them again on a retry is harmless, so
        // the key is not held while they upload.
        List<DocumentView> views;
        using (SubmissionSpans.Start("store-documents"))
            views = [.. (await documents.SaveAllAsync(gid, adhesionId, files.Documents, ct)).Select(d => d.ToView())];

        // The commit, short, under the key's claim: the read model, the invitation, the workflow, the stored answer.
        if (key.Length > 0)
        {
            IdempotencyOutcome claim;
            using (SubmissionSpans.Start("idempotency-claim")) claim = await idempotency.BeginAsync(gid, key, fingerprint, ct);
            if (Settled(claim) is { } settled) return await settled(adhesions, gid, ct);
        }
        try
        {
            var token = SecretHasher.NewToken();
            var decision = AdhesionDecider.Decide(AdhesionState.Initial, new AdhesionCommand.Submit(member, parsed.Referent!, parsed.Needs!) { By = "member" }, time.GetUtcNow());
            var submitted = (AdhesionEvent.Submitted)decision.Events[0];
            var (view, history) = AdhesionProjection.Apply(AdhesionProjection.Create(adhesionId, gid, submitted, views), decision.Events);
            using (SubmissionSpans.Start("allocate-reference"))
                view = view with { Reference = await groupements.AllocateReferenceAsync(groupement, adhesionId, time.GetUtcNow(), ct) }; // dossier number, once per adhésion id
            using (SubmissionSpans.Start("create-adhesion"))
            {
                try
                {
                    await adhesions.CreateAsync(view, SecretHasher.Hash(token), history, ct);
                }
                catch (EntityAlreadyExistsException)
                {
                    await adhesions.AddMemberTokenAsync(adhesionId, gid, SecretHasher.Hash(token), ct); // a retry of a half-done request
                }
                if (invitation is not null)
                    await Task.WhenAll(adhesions.AddMemberTokenAsync(adhesionId, gid, invitation.MemberTokenHash, ct),
                        groupements.MarkInvitationSubmittedAsync(gid, invitation.Siren, adhesionId, ct));
            }
            using (SubmissionSpans.Start("start-workflow")) await StartWorkflowAsync(durable, adhesionId, gid, ct);
            var response = new SubmissionResponse(adhesionId, nameof(AdhesionStatus.Submitted), $"/api/adhesions/{adhesionId}");
            if (key.Length > 0)
                using (SubmissionSpans.Start("idempotency-complete"))
                    await idempotency.CompleteAsync(gid, key, fingerprint, new StoredResponse(202, JsonSerializer.Serialize(response, StorageJson.Options)), ct);
            return Results.Accepted(response.StatusUrl, response with { AccessToken = token });
        }
        catch when (key.Length > 0)
        {
            // Best effort and brief (storage may be the failure): a claim left behind lapses in seconds anyway.
            using var brief = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await Quietly(idempotency.AbandonAsync(gid, key, brief.Token));
            throw;
        }
    }

    // The answer when the key is already settled (replayed, reused, or held by a live request); null when this request goes on.
    private static Func<AdhesionStore, string, CancellationToken, Task<IResult>>? Settled(IdempotencyOutcome outcome) => outcome.State switch
    {
        IdempotencyState.Replay => (adhesions, gid, ct) => ReplayAsync(outcome.Response!, adhesions, gid, ct),
        IdempotencyState.Mismatch => throw ApiProblemException.Unprocessable(IdempotencyStore.KeyReusedCode, "Cette clé d'idempotence a déjà servi pour une autre demande."),
        IdempotencyState.InProgress => throw new ApiProblemException(StatusCodes.Status409Conflict, IdempotencyStore.InProgressCode, "Conflit.",
            $"Une demande avec cette clé d'idempotence est en cours ; réessayez dans {Math.Max(1, (int)Math.Ceiling(outcome.RetryAfter.TotalSeconds))} seconde(s).")
        { RetryAfter = outcome.RetryAfter },
        _ => null,
    };

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
#pragma warning disable CA1031 // the first failure is the one answered; this one is only observed
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    internal static Task<bool> StartWorkflowAsync(DurableTaskClient durable, string adhesionId, string gid, CancellationToken ct) =>
        // An earlier attempt of the same request (same Idempotency-Key, same adhésion id) may have started it already.
        DurableStarts.StartOnceAsync(durable, AdhesionOrchestrator.Name, new AdhesionWorkflowInput(adhesionId, gid), adhesionId, ct);

    private static async Task<InvitationRecord?> InvitationOf(HttpContext http, GroupementStore groupements, string gid)
    {
        var token = BearerToken.Read(http);
        if (token is null) return null;
        return await groupements.FindInvitationByTokenHashAsync(gid, SecretHasher.Hash(token), http.RequestAborted)
            ?? throw ApiProblemException.Unauthorized("Ce lien d'invitation n'est pas valide pour ce groupement (il a peut-être été renouvelé).");
    }

    private static async Task RefuseDuplicate(AdhesionStore adhesions, string gid, string siren, string adhesionId, CancellationToken ct)
    {
        var active = (await adhesions.FindBySirenAsync(gid, siren, ct)).FirstOrDefault(a => a.Id != adhesionId
            && a.Status is not (AdhesionStatus.Rejected or AdhesionStatus.Withdrawn or AdhesionStatus.Closed));
        if (active is not null)
            throw ApiProblemException.Conflict("ADHESION_ALREADY_EXISTS",
                $"Une adhésion de ce membre (SIREN {siren}) est déjà en cours : {active.Id}, au statut {active.Status}. Pour corriger des pièces, utilisez son lien de suivi.");
    }

    internal static async Task<IResult> ReplayAsync(StoredResponse stored, AdhesionStore adhesions, string gid, CancellationToken ct)
    {
        // Only hashes of tokens are kept: a replay issues a fresh token for the same adhésion.
        var response = JsonSerializer.Deserialize<SubmissionResponse>(stored.Body, StorageJson.Options)!;
        var token = SecretHasher.NewToken();
        await adhesions.AddMemberTokenAsync(response.AdhesionId, gid, SecretHasher.Hash(token), ct);
        return Results.Json(response with { AccessToken = token }, statusCode: stored.StatusCode);
    }

    private static string DerivedId(string gid, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{gid}\n{key}")))[..32];

    private static string Fingerprint(IFormCollection form, FormDocuments files)
    {
        using var f = new RequestFingerprint();
        f.Add("member", form["member"].ToString()).Add("referent", form["referent"].ToString()).Add("needs", form["needs"].ToString());
        foreach (var d in files.Documents.OrderBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Sha256, StringComparer.Ordinal))
            f.Add(d.Kind, d.Sha256);
        return f.ToHex();
    }
}
