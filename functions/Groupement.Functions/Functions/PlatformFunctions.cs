using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Groupement.Functions.Email.Webhook;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Groupement.Functions.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Functions;

/// <summary>Health, the SendGrid event webhook, and the member pages.</summary>
public sealed class PlatformFunctions(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs,
    SendGridWebhookAuthenticator authenticator, NotificationStore notifications, AdhesionStore adhesions, GroupementStore groupements, TimeProvider time)
{
    [Function("Health")]
    [ApiOperation("200 when storage answers.", Access = "anyone")]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest req) =>
        HealthApi.CheckAsync(tables, queues, blobs, req.HttpContext.RequestAborted).ToAction();

    [Function("SendGridEvents")]
    [ApiOperation("SendGrid's signed event webhook (delivery, bounce, drop).", Access = "sendgrid", Consumes = ["application/json"])]
    public Task<IActionResult> SendGridEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/events/sendgrid")] HttpRequest req) =>
        SendGridEventsApi.ReceiveAsync(req.HttpContext, authenticator, notifications, adhesions, time).ToAction();

    [Function("AdhesionPage")]
    [ApiOperation("The application form page.", Access = "anyone", Produces = "text/html")]
    [ApiQuery("groupement", "The groupement's id.")]
    [ApiQuery("jeton", "An invitation token.")]
    public Task<IActionResult> AdhesionPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "adhesion")] HttpRequest req) =>
        WebPages.AdhesionAsync(req.Query["groupement"], req.Query["jeton"], req.HttpContext, groupements, time).ToAction();

    [Function("FollowUpPage")]
    [ApiOperation("A member's follow-up page.", Access = "anyone", Produces = "text/html")]
    public IActionResult FollowUpPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "suivi/{aid}")] HttpRequest req, string aid) =>
        WebPages.Suivi(aid, req.HttpContext).ToAction();

    [Function("WebAsset")]
    [ApiOperation("A static asset of the pages.", Access = "anyone", Produces = "application/octet-stream")]
    public IActionResult WebAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "web/{name}")] HttpRequest req, string name) =>
        WebAssets.Serve(name, req.HttpContext).ToAction();
}
