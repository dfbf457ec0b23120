using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Groupement.Functions.Http;

/// <summary>
/// Liveness (<c>GET /api/health/live</c>: the process answers) and readiness (<c>GET /api/health</c> and
/// <c>/api/health/ready</c>: 200 only when the three storage services and the task hub answer, else 503).
/// </summary>
public static class HealthApi
{
    /// <summary>200 while the process serves requests; touches nothing.</summary>
    public static IResult Live() => Results.Ok(new { status = "alive" });

    /// <summary>The task hub's name, as both hosts read it (<c>Durable__TaskHubName</c>, else <c>TASKHUB_NAME</c>).</summary>
    public static string TaskHubName(IConfiguration config) =>
        config?["Durable:TaskHubName"] is { Length: > 0 } h ? h : config?["TASKHUB_NAME"] is { Length: > 0 } t ? t : "groupement";

    /// <summary>
    /// 200 when tables, queues and blobs each answer within 5 seconds and the task hub's instance table is there,
    /// else 503 <c>STORAGE_UNAVAILABLE</c> with <c>Retry-After</c>.
    /// </summary>
    public static async Task<IResult> CheckAsync(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, CancellationToken ct) =>
        await CheckAsync(tables, queues, blobs, null, null, ct);

    /// <inheritdoc cref="CheckAsync(TableServiceClient, QueueServiceClient, BlobServiceClient, CancellationToken)"/>
    public static async Task<IResult> CheckAsync(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, string? taskHub, HttpContext? http, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var checks = new Dictionary<string, string>();
        await Check(checks, "tables", () => tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().GetAsyncEnumerator(timeout.Token).MoveNextAsync().AsTask());
        await Check(checks, "queues", () => queues.GetQueuesAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).GetAsyncEnumerator(timeout.Token).MoveNextAsync().AsTask());
        await Check(checks, "blobs", () => blobs.GetBlobContainersAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).GetAsyncEnumerator(timeout.Token).MoveNextAsync().AsTask());
        if (taskHub is not null)
            await Check(checks, "taskHub", () => tables.GetTableClient(taskHub + "Instances").QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token)
                .AsPages().GetAsyncEnumerator(timeout.Token).MoveNextAsync().AsTask());
        var healthy = checks.Values.All(v => v == "ok");
        if (!healthy && http is not null) http.Response.Headers.RetryAfter = "5";
        return healthy
            ? Results.Ok(new { status = "healthy", checks })
            : Results.Problem(statusCode: 503, title: "Stockage indisponible.",
                detail: "Le stockage Azure ne répond pas ; les demandes reçues seront traitées dès son retour.",
                extensions: new Dictionary<string, object?> { ["code"] = "STORAGE_UNAVAILABLE", ["checks"] = checks });
    }

    private static async Task Check(Dictionary<string, string> checks, string name, Func<Task> probe)
    {
        try
        {
            await probe();
            checks[name] = "ok";
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            checks[name] = "unavailable";
        }
    }
}
