using Groupement.Functions.Auth;
using Groupement.Functions.Email;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Invitations;

/// <summary>Invitations: the coordinator invites members (a JSON list or a CSV/XLSX file); each receives a personal link and token.</summary>
public sealed class InvitationFunctions(Access access, GroupementStore groupements, NotificationSender sender, TimeProvider time)
{
    [Function("InviteMembers")]
    [ApiOperation("Invites members: emails each a personal link and token.", Access = "coordinator", Status = 202, Consumes = ["application/json"])]
    public Task<IActionResult> Invite(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/invitations")] HttpRequest req, string gid) =>
        InvitationsHandler.InviteAsync(gid, req.HttpContext, access, groupements, sender, time).ToAction();

    [Function("PreviewInvitations")]
    public Task<IActionResult> Preview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/invitations/preview")] HttpRequest req, string gid) =>
        InvitationsHandler.PreviewAsync(gid, req.HttpContext, access, groupements).ToAction();

    [Function("ResendInvitation")]
    public Task<IActionResult> Resend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/invitations/{siren}/resend")] HttpRequest req, string gid, string siren) =>
        InvitationsHandler.ResendAsync(gid, siren, req.HttpContext, access, groupements, sender, time).ToAction();
}
