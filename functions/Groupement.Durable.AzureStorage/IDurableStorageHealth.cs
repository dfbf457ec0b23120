namespace Groupement.Durable.AzureStorage;

/// <summary>Whether the durable runtime's storage answers (for the host's <c>/api/health</c>).</summary>
public interface IDurableStorageHealth
{
    /// <summary>Makes one table call and one queue call against the task hub, within a few seconds.</summary>
    Task<DurableStorageHealthReport> CheckAsync(CancellationToken cancellationToken = default);
}

/// <summary>The outcome of a storage health check.</summary>
/// <param name="IsHealthy">True when tables and queues answered.</param>
/// <param name="Description">What failed, or "ok".</param>
public sealed record DurableStorageHealthReport(bool IsHealthy, string Description);
