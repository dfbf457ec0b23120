using Groupement.Functions.Auth;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Publication;

/// <summary>The publication or display of the délibération.</summary>
public sealed class PublicationFunctions(Access access, AdhesionSignals signals)
{
    [Function("Publication")]
    [ApiOperation("Records the publication (affichage or publication électronique).", Access = "member, coordinator", Status = 202, Consumes = ["application/json"])]
    public Task<IActionResult> Publication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/publication")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        PublicationHandler.PublicationAsync(aid, req.HttpContext, access, signals.With(durable)).ToAction();
}
