using Groupement.Functions.Hosting;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Groupement.Functions.Features.Submission;

/// <summary>A member's application, and new documents after a request for changes.</summary>
public sealed class SubmissionFunctions(Access access, GroupementStore groupements, AdhesionStore adhesions, IdempotencyStore idempotency, DocumentValidator validator, DocumentStore documents, AdhesionSignals signals, SubmissionRateLimiter limiter, TimeProvider time)
{
    [Function("SubmitAdhesion")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/adhesions")] HttpRequest req, string gid,
        [DurableClient] DurableTaskClient durable)
    {
        using var span = GroupementTelemetry.Start("adhesion.submit", adhesionId: null)?.SetTag(GroupementTelemetry.GroupementIdTag, gid);
        await limiter.AcquireAsync(req.HttpContext);
        return await SubmissionHandler.SubmitAsync(gid, req.HttpContext, groupements, adhesions, idempotency, validator, documents, durable, time).ToAction();
    }

    [Function("SubmitDocuments")]
    public Task<IActionResult> Documents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/documents")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        DocumentsHandler.DocumentsAsync(aid, req.HttpContext, access, signals.With(durable), validator, documents).ToAction();
}
