using System.Text.RegularExpressions;
using Groupement.Domain.Time;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Web;

/// <summary>
/// The pages of a member (a mairie secretary, often on a phone): the application form reached from the invitation
/// email, and the follow-up page whose token travels in the URL fragment (never sent to the server).
/// </summary>
public static partial class WebPages
{

    internal static async Task<IResult> AdhesionAsync(string? groupement, string? jeton, HttpContext http, GroupementStore groupements, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(groupement) || !IdPattern().IsMatch(groupement))
            return NotFoundGroupement(http);
        var g = await groupements.GetAsync(groupement, http.RequestAborted);
        if (g is null) return NotFoundGroupement(http);
        InvitationRecord? invitation = null;
        if (!string.IsNullOrEmpty(jeton))
        {
            invitation = await groupements.FindInvitationByTokenHashAsync(g.Id, SecretHasher.Hash(jeton), http.RequestAborted);
            if (invitation is null)
                return PageLayout.Error(http, 404, "Lien d'invitation non valide",
                    $"Ce lien d'invitation au groupement « {g.Name} » n'est pas (ou plus) valide : il a peut-être été renouvelé. Utilisez le lien du dernier courriel reçu.");
        }
        var calendar = g.Calendar();
        if (calendar.IsJoinDeadlinePassed(time.GetUtcNow()))
            return PageLayout.Error(http, 200, "Dépôts clos",
                $"La date limite d'adhésion au groupement « {g.Name} » était le {FrenchDate.Format(calendar.JoinDeadline)} : les dépôts sont clos.");
        return PageLayout.Html(http, AdhesionForm.Render(g, invitation, FrenchDate.Format(calendar.JoinDeadline)));
    }

    internal static IResult Suivi(string aid, HttpContext http) => IdPattern().IsMatch(aid)
        ? PageLayout.Html(http, SuiviPage.Render(aid))
        : PageLayout.Error(http, 404, "Dossier introuvable", "Cette adresse ne correspond à aucun dossier d'adhésion.");

    private static IResult NotFoundGroupement(HttpContext http) => PageLayout.Error(http, 404, "Groupement introuvable",
        "Ce lien ne correspond à aucun groupement de commandes ouvert. Vérifiez que vous avez copié l'adresse complète du courriel d'invitation.");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
