using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Groupement.Functions.Email.Webhook;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Functions;

/// <summary>Health and the SendGrid event webhook. The pages are static files (web/): Static Web Apps serves them in Azure.</summary>
public sealed class PlatformFunctions(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs,
    SendGridWebhookAuthenticator authenticator, NotificationStore notifications, AdhesionStore adhesions, TimeProvider time,
    IConfiguration config)
{
    private readonly string _taskHub = HealthApi.TaskHubName(config);

    [Function("Health")]
    [ApiOperation("200 when storage answers.", Access = "anyone")]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest req) =>
        HealthApi.CheckAsync(tables, queues, blobs, _taskHub, req.HttpContext, req.HttpContext.RequestAborted).ToAction();

    [Function("HealthReady")]
    [ApiOperation("Readiness: 200 when storage and the task hub answer, else 503 STORAGE_UNAVAILABLE.", Access = "anyone")]
    public Task<IActionResult> HealthReady(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health/ready")] HttpRequest req) =>
        HealthApi.CheckAsync(tables, queues, blobs, _taskHub, req.HttpContext, req.HttpContext.RequestAborted).ToAction();

    [Function("HealthLive")]
    [ApiOperation("Liveness: 200 while the process runs.", Access = "anyone")]
    public IActionResult HealthLive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health/live")] HttpRequest req) =>
        HealthApi.Live().ToAction();

    [Function("SendGridEvents")]
    [ApiOperation("SendGrid's signed event webhook (delivery, bounce, drop).", Access = "sendgrid", Consumes = ["application/json"])]
    public Task<IActionResult> SendGridEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/events/sendgrid")] HttpRequest req) =>
        SendGridEventsApi.ReceiveAsync(req.HttpContext, authenticator, notifications, adhesions, time).ToAction();
}
