using Groupement.Functions.Auth;
using Groupement.Functions.Email;
using Groupement.Functions.Http;
using Groupement.Functions.Reminders;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Functions;

/// <summary>Groupements: creation by the admin, the coordinator's view, invitations.</summary>
public sealed class GroupementFunctions(Access access, GroupementStore groupements, AdhesionStore adhesions,
    ReminderOutlookService reminders, NotificationSender sender, TimeProvider time)
{
    [Function("CreateGroupement")]
    public Task<IActionResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements")] HttpRequest req)
    {
        access.RequireAdmin(req.HttpContext);
        return GroupementsApi.CreateAsync(req, groupements, time).ToAction();
    }

    [Function("GetGroupement")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}")] HttpRequest req, string gid) =>
        GroupementsApi.GetAsync(gid, req.HttpContext, access, adhesions, groupements, reminders).ToAction();

    [Function("InviteMembers")]
    public Task<IActionResult> Invite(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/invitations")] HttpRequest req, string gid) =>
        InvitationsApi.InviteAsync(gid, req.HttpContext, access, groupements, sender, time).ToAction();
}
