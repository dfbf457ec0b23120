using Groupement.Functions.Auth;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Review;

/// <summary>The coordinator's decision, and closing an adhésion.</summary>
public sealed class ReviewFunctions(Access access, AdhesionSignals signals)
{
    [Function("ReviewAdhesion")]
    [ApiOperation("Approves, rejects or requests changes.", Access = "coordinator", Status = 202, Consumes = ["application/json"])]
    public Task<IActionResult> Review(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/review")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        ReviewHandler.ReviewAsync(aid, req.HttpContext, access, signals.With(durable)).ToAction();

    [Function("CloseAdhesion")]
    [ApiOperation("Closes an adhésion that will not go further.", Access = "coordinator", Status = 202, Consumes = ["application/json"])]
    public Task<IActionResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/close")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        ReviewHandler.CloseAsync(aid, req.HttpContext, access, signals.With(durable)).ToAction();
}
