using Groupement.Domain.Adhesions;
using Groupement.Domain.Ics;
using Groupement.Domain.Members;
using Groupement.Functions.Auth;
using Groupement.Functions.Email;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Features.Invitations;

public sealed record InvitationInput(string? Siren, string? Name, string? Email);

public sealed record InvitationResult(string Siren, string Name, string Email, string Status, string InvitedBy);

/// <summary>
/// <c>POST /api/groupements/{gid}/invitations</c>: records each invitation (only the hash of its personal token), then
/// emails the member its link. The token exists only in that email, so the email is sent in the request; one that
/// fails is reported as such and the coordinator can invite again (a new token replaces the old one). The list is JSON,
/// or a CSV/XLSX file (<see cref="InvitationFile"/>): a file with any bad line is refused whole, nothing sent.
/// </summary>
public static class InvitationsHandler
{
    /// <summary>A second resend within this delay is refused (a double click sends one email, not two).</summary>
    public static readonly TimeSpan ResendGuard = TimeSpan.FromSeconds(60);

    internal static async Task<IResult> InviteAsync(string gid, HttpContext http, Access access, GroupementStore store,
        NotificationSender sender, TimeProvider time)
    {
        var caller = await access.GroupementAsync(http, gid, StaffRoles.Manager);
        var groupement = caller.Groupement;
        List<InvitationInput> inputs;
        if (http.Request.HasJsonContentType())
        {
            inputs = await Problems.ReadJsonAsync<List<InvitationInput>>(http.Request);
            Validate(inputs);
        }
        else
        {
            var preview = await CheckFileAsync(gid, http, store);
            if (preview.Invalid > 0)
                throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "INVITATIONS_INVALID", "Opération refusée.",
                    $"{preview.Invalid} ligne{(preview.Invalid > 1 ? "s" : "")} sur {preview.Lines.Count} {(preview.Invalid > 1 ? "sont" : "est")} à corriger : aucune invitation n'a été envoyée.")
                {
                    Extensions = new Dictionary<string, object?> { ["lines"] = preview.Lines, ["valid"] = preview.Valid, ["invalid"] = preview.Invalid },
                };
            inputs = [.. preview.Lines.Select(l => new InvitationInput(l.Siren, l.Name, l.Email))];
        }
        var results = new List<InvitationResult>();
        foreach (var input in inputs)
        {
            var invitation = new InvitationRecord(Siren.Normalize(input.Siren)!, input.Name!.Trim(), input.Email!.Trim(), "", time.GetUtcNow(), InvitedBy: caller.Actor);
            results.Add(await SendAsync(groupement, invitation, store, sender, time, http.RequestAborted));
        }
        return Results.Accepted($"/api/groupements/{gid}", new { invited = results.Count, invitations = results });
    }

    /// <summary><c>POST /api/groupements/{gid}/invitations/preview</c>: the checked lines, nothing recorded, nothing sent.</summary>
    internal static async Task<IResult> PreviewAsync(string gid, HttpContext http, Access access, GroupementStore store)
    {
        await access.GroupementAsync(http, gid, StaffRoles.Manager);
        return Results.Ok(await CheckFileAsync(gid, http, store));
    }

    /// <summary>
    /// <c>POST /api/groupements/{gid}/invitations/{siren}/resend</c>: the invitation again, with a new personal link
    /// (only the token's hash is kept, so the old link stops working); the reminder date is kept for the dashboard.
    /// </summary>
    internal static async Task<IResult> ResendAsync(string gid, string siren, HttpContext http, Access access, GroupementStore store,
        NotificationSender sender, TimeProvider time)
    {
        var caller = await access.GroupementAsync(http, gid, StaffRoles.Manager);
        var groupement = caller.Groupement;
        var invitation = (Siren.Normalize(siren) is { } normalized ? await store.GetInvitationAsync(gid, normalized, http.RequestAborted) : null)
            ?? throw ApiProblemException.NotFound("INVITATION_NOT_FOUND", $"Aucune invitation pour le SIREN « {siren} » dans ce groupement.");
        if (invitation.SubmittedAdhesionId is not null)
            throw ApiProblemException.Conflict("ALREADY_SUBMITTED", $"{invitation.Name} a déjà déposé son dossier : l'invitation n'est plus utile.");
        var now = time.GetUtcNow();
        if (invitation.LastRemindedAt is { } last && now - last < ResendGuard)
            throw ApiProblemException.Conflict("RESEND_TOO_SOON", "L'invitation vient d'être renvoyée ; attendez une minute avant de la renvoyer encore.");
        var result = await SendAsync(groupement, invitation with { LastRemindedAt = now, InvitedBy = caller.Actor }, store, sender, time, http.RequestAborted);
        return Results.Accepted($"/api/groupements/{gid}/dashboard", new { siren = result.Siren, email = result.Email, status = result.Status, remindedAt = now });
    }

    /// <summary>Records the invitation under a new token, then emails its link (once per token).</summary>
    private static async Task<InvitationResult> SendAsync(GroupementRecord groupement, InvitationRecord invitation, GroupementStore store,
        NotificationSender sender, TimeProvider time, CancellationToken ct)
    {
        var gid = groupement.Id;
        var token = SecretHasher.NewToken();
        invitation = invitation with { MemberTokenHash = SecretHasher.Hash(token) };
        await store.UpsertInvitationAsync(gid, invitation, ct);
        var link = NotificationComposer.Link(sender.PublicBaseUrl, $"/adhesion?groupement={gid}&jeton={Uri.EscapeDataString(token)}");
        var model = new NotificationModel("invitation", new EmailAddress(invitation.Email, invitation.Name), groupement.Name, link,
            invitation.Name, GroupementId: gid, Deadline: groupement.JoinDeadline);
        var ics = MemberCalendar.BuildBytes(new MemberCalendarRequest(gid, groupement.Name, groupement.Calendar(), invitation.Siren, invitation.Name, time.GetUtcNow()));
        var status = "sent";
        try
        {
            await sender.SendOnceAsync(gid, $"invitation:{invitation.Siren}:{invitation.MemberTokenHash[..16]}", model,
                [new EmailAttachment(MemberCalendar.FileName, MemberCalendar.ContentType, ics)], ct);
        }
        catch (EmailSendException)
        {
            status = "failed";
        }
        return new InvitationResult(invitation.Siren, invitation.Name, invitation.Email, status, invitation.InvitedBy ?? "");
    }

    private static async Task<InvitationPreview> CheckFileAsync(string gid, HttpContext http, GroupementStore store)
    {
        IReadOnlyList<InvitationRow> rows;
        if (http.Request.HasJsonContentType())
        {
            var inputs = await Problems.ReadJsonAsync<List<InvitationInput?>>(http.Request);
            if (inputs.Count > InvitationFile.MaxLines) throw InvitationFile.TooMany();
            rows = InvitationLines.FromJson(inputs);
        }
        else rows = InvitationFile.Rows(await InvitationFile.ReadBodyAsync(http.Request));
        return InvitationLines.Check(rows, await store.ListInvitationsAsync(gid, http.RequestAborted));
    }

    private static void Validate(List<InvitationInput> inputs)
    {
        var errors = new Dictionary<string, string[]>();
        if (inputs.Count == 0) errors[""] = ["La liste des membres à inviter est vide."];
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input is null) { errors[$"[{i}]"] = ["Chaque membre à inviter est un objet {siren, name, email}."]; continue; }
            if (Siren.Check(input.Siren, $"[{i}].siren") is { IsValid: false } s) errors[s.Field] = [s.Message!];
            if (string.IsNullOrWhiteSpace(input.Name)) errors[$"[{i}].name"] = ["Le nom du membre est obligatoire."];
            if (!AdhesionInputValidator.IsEmail(input.Email)) errors[$"[{i}].email"] = ["L'adresse électronique n'est pas valide."];
        }
        if (errors.Count > 0) throw ApiProblemException.Validation(errors.Keys.Any(k => k.EndsWith("siren")) ? "INVALID_SIREN" : "VALIDATION_FAILED", errors);
    }
}
