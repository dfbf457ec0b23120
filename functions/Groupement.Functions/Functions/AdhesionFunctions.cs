using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Groupement.Functions.Functions;

/// <summary>
/// A member's application and everything people do with an adhésion afterwards: each command is checked now against
/// the adhésion (the caller gets its code at once), then handed to the adhésion's orchestration.
/// </summary>
public sealed class AdhesionFunctions(Access access, GroupementStore groupements, AdhesionStore adhesions, IdempotencyStore idempotency,
    DocumentValidator validator, DocumentStore documents, AdhesionSignals signals, SubmissionRateLimiter limiter, TimeProvider time)
{
    [Function("SubmitAdhesion")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/groupements/{gid}/adhesions")] HttpRequest req, string gid,
        [DurableClient] DurableTaskClient durable)
    {
        await limiter.AcquireAsync(req.HttpContext);
        return await SubmissionApi.SubmitAsync(gid, req.HttpContext, groupements, adhesions, idempotency, validator, documents, durable, time).ToAction();
    }

    [Function("ListAdhesions")]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/adhesions")] HttpRequest req, string gid) =>
        AdhesionsApi.ListAsync(gid, req.Query["status"], req.HttpContext, access, adhesions).ToAction();

    [Function("GetAdhesion")]
    public Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/adhesions/{aid}")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        AdhesionsApi.GetAsync(aid, req.HttpContext, access, adhesions, durable).ToAction();

    [Function("ReviewAdhesion")]
    public Task<IActionResult> Review(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/review")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        AdhesionsApi.ReviewAsync(aid, req.HttpContext, access, signals.With(durable)).ToAction();

    [Function("SubmitDocuments")]
    public Task<IActionResult> Documents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/documents")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        AdhesionsApi.DocumentsAsync(aid, req.HttpContext, access, signals.With(durable), validator, documents).ToAction();

    [Function("PrefectureReceipt")]
    public Task<IActionResult> PrefectureReceipt(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/prefecture-receipt")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        PrefectureApi.ReceiptAsync(aid, req.HttpContext, access, signals.With(durable), documents).ToAction();

    [Function("Publication")]
    public Task<IActionResult> Publication(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/publication")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        AdhesionsApi.PublicationAsync(aid, req.HttpContext, access, signals.With(durable)).ToAction();

    [Function("Withdrawal")]
    public Task<IActionResult> Withdrawal(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/withdrawal")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        AdhesionsApi.WithdrawalAsync(aid, req.HttpContext, access, signals.With(durable), time).ToAction();

    [Function("CloseAdhesion")]
    public Task<IActionResult> Close(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/close")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        AdhesionsApi.CloseAsync(aid, req.HttpContext, access, signals.With(durable)).ToAction();
}
