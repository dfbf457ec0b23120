using Groupement.Functions.Auth;
using Groupement.Functions.Features.Reminders;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Groupements;

/// <summary>Groupements: creation by the admin, the coordinator's view with its calendar and counts.</summary>
public sealed class GroupementFunctions(Access access, GroupementStore groupements, AdhesionStore adhesions, ReminderOutlookService reminders, TimeProvider time)
{
    [Function("CreateGroupement")]
    [ApiOperation("Creates a groupement; returns its coordinator key (stored only as a hash).", Access = "admin", Status = 201, Consumes = ["application/json"])]
    public Task<IActionResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements")] HttpRequest req)
    {
        access.RequireAdmin(req.HttpContext);
        return GroupementsHandler.CreateAsync(req, groupements, time).ToAction();
    }

    [Function("GetGroupement")]
    [ApiOperation("The groupement, its calendar and its counts by status.", Access = "coordinator")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}")] HttpRequest req, string gid) =>
        GroupementsHandler.GetAsync(gid, req.HttpContext, access, adhesions, groupements, reminders).ToAction();

    [Function("GetAdhesionForm")]
    public Task<IActionResult> AdhesionForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/adhesion-form")] HttpRequest req, string gid) =>
        AdhesionFormHandler.GetAsync(gid, req.HttpContext, groupements, time).ToAction();
}
