using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Prefecture;

/// <summary>The prefecture's acknowledgement (ACTES XML or JSON).</summary>
public sealed class PrefectureFunctions(Access access, AdhesionSignals signals, DocumentStore documents)
{
    [Function("PrefectureReceipt")]
    [ApiOperation("Records the prefecture's acknowledgement (an ACTES AR message, or JSON).", Access = "member, coordinator", Status = 202, Consumes = ["application/xml", "application/json"])]
    public Task<IActionResult> Receipt(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/prefecture-receipt")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        PrefectureHandler.ReceiptAsync(aid, req.HttpContext, access, signals.With(durable), documents).ToAction();
}
