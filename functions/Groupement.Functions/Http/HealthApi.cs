using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Groupement.Functions.Http;

/// <summary><c>GET /api/health</c>: 200 only when the three storage services answer, else 503.</summary>
public static class HealthApi
{
    /// <summary>200 when tables, queues and blobs each answer within 5 seconds, else 503 <c>STORAGE_UNAVAILABLE</c>.</summary>
    public static async Task<IResult> CheckAsync(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var checks = new Dictionary<string, string>();
        await Check(checks, "tables", () => tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().GetAsyncEnumerator(timeout.Token).MoveNextAsync().AsTask());
        await Check(checks, "queues", () => queues.GetQueuesAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).GetAsyncEnumerator(timeout.Token).MoveNextAsync().AsTask());
        await Check(checks, "blobs", () => blobs.GetBlobContainersAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).GetAsyncEnumerator(timeout.Token).MoveNextAsync().AsTask());
        var healthy = checks.Values.All(v => v == "ok");
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
