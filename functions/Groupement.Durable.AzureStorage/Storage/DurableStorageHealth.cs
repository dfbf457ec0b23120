using Azure.Data.Tables;

namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>Checks the task hub's table and control queue.</summary>
internal sealed class DurableStorageHealth(TaskHubStorage storage) : IDurableStorageHealth
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<DurableStorageHealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(Timeout);
        try
        {
            await storage.EnsureCreatedAsync(cts.Token);
            await storage.CallAsync("HealthTable", null, async () =>
            {
                await foreach (var _ in storage.Instances.QueryAsync<TableEntity>("PartitionKey eq '~health'", 1, cancellationToken: cts.Token)) break;
            });
            await storage.CallAsync("HealthQueue", null, () => storage.Control.GetPropertiesAsync(cts.Token));
            return new DurableStorageHealthReport(true, "ok");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new DurableStorageHealthReport(false, $"Storage unavailable: {ex.GetType().Name}: {FirstLine(ex.Message)}");
        }
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
