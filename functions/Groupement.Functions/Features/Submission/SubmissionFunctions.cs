using Groupement.Functions.Hosting;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Submission;

/// <summary>A member's application, and new documents after a request for changes.</summary>
public sealed class SubmissionFunctions(Access access, GroupementStore groupements, AdhesionStore adhesions, IdempotencyStore idempotency, DocumentValidator validator, DocumentStore documents, AdhesionSignals signals, SubmissionRateLimiter limiter, TimeProvider time)
{
    [Function("SubmitAdhesion")]
    [ApiOperation("A member's application (multipart: member, referent, needs, deliberation, convention, annexes); Idempotency-Key honoured.", Access = "anyone", Status = 202, Consumes = ["multipart/form-data"])]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/adhesions")] HttpRequest req, string gid,
        [DurableClient] DurableTaskClient durable)
    {
        using var span = GroupementTelemetry.Start("adhesion.submit", adhesionId: null)?.SetTag(GroupementTelemetry.GroupementIdTag, gid);
        using (SubmissionSpans.Start("rate-limit")) await limiter.AcquireAsync(req.HttpContext);
        return await SubmissionHandler.SubmitAsync(gid, req.HttpContext, groupements, adhesions, idempotency, validator, documents, durable, time).ToAction();
    }

    [Function("SubmitDocuments")]
    [ApiOperation("New documents after a request for changes (re-analysed).", Access = "member", Status = 202, Consumes = ["multipart/form-data"])]
    public Task<IActionResult> Documents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/documents")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        DocumentsHandler.DocumentsAsync(aid, req.HttpContext, access, signals.With(durable), validator, documents).ToAction();
}
