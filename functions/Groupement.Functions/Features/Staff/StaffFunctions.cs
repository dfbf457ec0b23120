using Groupement.Functions.Auth;
using Groupement.Functions.Functions;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Features.Staff;

/// <summary>A groupement's staff (named managers and reviewers), managed by the admin and the groupement's managers.</summary>
public sealed class StaffFunctions(Access access, StaffStore staff, TimeProvider time)
{
    [Function("AddStaff")]
    public Task<IActionResult> Add(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/staff")] HttpRequest req, string gid) =>
        StaffHandler.AddAsync(gid, req.HttpContext, access, staff, time).ToAction();

    [Function("ListStaff")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/staff")] HttpRequest req, string gid) =>
        StaffHandler.ListAsync(gid, req.HttpContext, access, staff).ToAction();

    [Function("RemoveStaff")]
    public Task<IActionResult> Remove(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/groupements/{gid}/staff/{id}")] HttpRequest req, string gid, string id) =>
        StaffHandler.RemoveAsync(gid, id, req.HttpContext, access, staff).ToAction();
}
