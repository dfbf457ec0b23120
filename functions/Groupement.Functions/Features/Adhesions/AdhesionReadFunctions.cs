using Groupement.Functions.Auth;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Adhesions;

/// <summary>Reading adhésions.</summary>
public sealed class AdhesionReadFunctions(Access access, AdhesionStore adhesions, ContinuationTokens tokens, Groupement.Functions.Features.Analysis.ReferenceDataProvider reference)
{
    [Function("ListAdhesions")]
    [ApiOperation("The groupement's adhésions.", Access = "coordinator")]
    [ApiQuery("status", "Only adhésions in this status.")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/adhesions")] HttpRequest req, string gid) =>
        AdhesionListHandler.ListAsync(gid, req.HttpContext, access, adhesions, tokens, reference).ToAction();

    [Function("GetAdhesion")]
    [ApiOperation("An adhésion: member, référent, needs, status, findings, documents, facts, notifications, history.", Access = "coordinator, member")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/adhesions/{aid}")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        AdhesionReadHandler.GetAsync(aid, req.HttpContext, access, adhesions, durable).ToAction();
}
