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
/// fails is reported as such and the coordinator can invite again (a new token replaces the old one).
/// </summary>
public static class InvitationsHandler
{

    internal static async Task<IResult> InviteAsync(string gid, HttpContext http, Access access, GroupementStore store,
        NotificationSender sender, TimeProvider time)
    {
        var caller = await access.GroupementAsync(http, gid, StaffRoles.Manager);
        var groupement = caller.Groupement;
        var inputs = await Problems.ReadJsonAsync<List<InvitationInput>>(http.Request);
        Validate(inputs);
        var results = new List<InvitationResult>();
        foreach (var input in inputs)
        {
            var siren = Siren.Normalize(input.Siren)!;
            var token = SecretHasher.NewToken();
            var invitation = new InvitationRecord(siren, input.Name!.Trim(), input.Email!.Trim(), SecretHasher.Hash(token), time.GetUtcNow(), InvitedBy: caller.Actor);
            await store.UpsertInvitationAsync(gid, invitation, http.RequestAborted);
            var link = NotificationComposer.Link(sender.PublicBaseUrl, $"/adhesion?groupement={gid}&jeton={Uri.EscapeDataString(token)}");
            var model = new NotificationModel("invitation", new EmailAddress(invitation.Email, invitation.Name), groupement.Name, link,
                invitation.Name, GroupementId: gid, Deadline: groupement.JoinDeadline);
            var ics = MemberCalendar.BuildBytes(new MemberCalendarRequest(gid, groupement.Name, groupement.Calendar(), siren, invitation.Name, time.GetUtcNow()));
            var status = "sent";
            try
            {
                await sender.SendOnceAsync(gid, $"invitation:{siren}:{invitation.MemberTokenHash[..16]}", model,
                    [new EmailAttachment(MemberCalendar.FileName, MemberCalendar.ContentType, ics)], http.RequestAborted);
            }
            catch (EmailSendException)
            {
                status = "failed";
            }
            results.Add(new InvitationResult(siren, invitation.Name, invitation.Email, status, caller.Actor));
        }
        return Results.Accepted($"/api/groupements/{gid}", new { invited = results.Count, invitations = results });
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
