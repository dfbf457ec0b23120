using Groupement.Functions.Auth;
using Groupement.Functions.Features.Reminders;
using Groupement.Functions.Functions;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Features.Dashboard;

/// <summary>The coordinator's dashboard.</summary>
public sealed class DashboardFunctions(Access access, AdhesionStore adhesions, GroupementStore groupements, ReminderLog reminders)
{
    [Function("GroupementDashboard")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/dashboard")] HttpRequest req, string gid) =>
        DashboardHandler.GetAsync(gid, req.HttpContext, access, adhesions, groupements, reminders).ToAction();
}
