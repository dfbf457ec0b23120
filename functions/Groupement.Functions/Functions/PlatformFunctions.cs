using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Groupement.Functions.Email.Webhook;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Functions;

/// <summary>Health and the SendGrid event webhook. The pages are static files (web/): Static Web Apps serves them in Azure.</summary>
public sealed class PlatformFunctions(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs,
    SendGridWebhookAuthenticator authenticator, NotificationStore notifications, AdhesionStore adhesions, TimeProvider time,
    IConfiguration config)
{
    private readonly string _taskHub = HealthApi.TaskHubName(config);

    [Function("Health")]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest req) =>
        HealthApi.CheckAsync(tables, queues, blobs, _taskHub, req.HttpContext, req.HttpContext.RequestAborted).ToAction();

    [Function("HealthReady")]
    public Task<IActionResult> HealthReady(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health/ready")] HttpRequest req) =>
        HealthApi.CheckAsync(tables, queues, blobs, _taskHub, req.HttpContext, req.HttpContext.RequestAborted).ToAction();

    [Function("HealthLive")]
    public IActionResult HealthLive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health/live")] HttpRequest req) =>
        HealthApi.Live().ToAction();

    [Function("SendGridEvents")]
    public Task<IActionResult> SendGridEvents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/events/sendgrid")] HttpRequest req) =>
        SendGridEventsApi.ReceiveAsync(req.HttpContext, authenticator, notifications, adhesions, time).ToAction();
}
