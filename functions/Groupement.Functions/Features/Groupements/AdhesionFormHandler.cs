using System.Text.RegularExpressions;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Time;
using Groupement.Functions.Auth;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Features.Groupements;

/// <summary>
/// <c>GET /api/groupements/{gid}/adhesion-form</c>, anonymous: what the application form (<c>web/adhesion/</c>) shows
/// before anything is sent: the groupement's name, coordinator and deadline, whether submissions are open, the member
/// kinds with their labels, and, with an invitation token as Bearer, the invited member (SIREN, name, email).
/// </summary>
public static partial class AdhesionFormHandler
{
    internal static async Task<IResult> GetAsync(string gid, HttpContext http, GroupementStore groupements, TimeProvider time)
    {
        if (!IdPattern().IsMatch(gid)) throw NotFound();
        var g = await groupements.GetAsync(gid, http.RequestAborted) ?? throw NotFound();
        object? invited = null;
        if (BearerToken.Read(http) is { } token)
        {
            var invitation = await groupements.FindInvitationByTokenHashAsync(g.Id, SecretHasher.Hash(token), http.RequestAborted)
                ?? throw ApiProblemException.NotFound("INVITATION_NOT_FOUND",
                    $"Ce lien d'invitation au groupement « {g.Name} » n'est pas (ou plus) valide : il a peut-être été renouvelé. Utilisez le lien du dernier courriel reçu.");
            invited = new { siren = invitation.Siren, name = invitation.Name, email = invitation.Email };
        }
        var calendar = g.Calendar();
        var open = !calendar.IsJoinDeadlinePassed(time.GetUtcNow());
        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new
        {
            id = g.Id,
            name = g.Name,
            coordinator = new { name = g.Coordinator.Name },
            joinDeadline = calendar.JoinDeadline,
            open,
            closedMessage = open ? null
                : $"La date limite d'adhésion au groupement « {g.Name} » était le {FrenchDate.Format(calendar.JoinDeadline)} : les dépôts sont clos.",
            memberKinds = AdhesionLabels.MemberKinds.Select(k => new { value = k.Code, label = k.Label }),
            invitation = invited,
        });
    }

    private static ApiProblemException NotFound() => ApiProblemException.NotFound("GROUPEMENT_NOT_FOUND",
        "Ce lien ne correspond à aucun groupement de commandes ouvert. Vérifiez que vous avez copié l'adresse complète du courriel d'invitation.");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
