using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.AzureStorage.Client;

internal sealed partial class AzureStorageDurableTaskClient
{
    /// <inheritdoc />
    public override async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default) =>
        (await ReadAsync(instanceId, getInputsAndOutputs, cancellation))?.ToMetadata(Converter, getInputsAndOutputs);

    /// <inheritdoc />
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId,
        bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var state = await ReadAsync(instanceId, withPayloads: false, cancellation) ?? throw new OrchestrationNotFoundException(instanceId);
            if (state.IsTerminal)
                return (await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation))!;
            await Task.Delay(delay, cancellation);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 1.5, 1000));
        }
    }

    /// <inheritdoc />
    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default)
    {
        var state = await ReadAsync(instanceId, withPayloads: false, cancellation);
        if (state is null || !state.IsTerminal) return new PurgeResult(0);
        var keys = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}");
        await foreach (var e in storage.Instances.QueryAsync<TableEntity>(filter, 1000, ["RowKey"], cancellation)) keys.Add(e.RowKey);
        foreach (var batch in keys.Where(k => k != RowKeys.Instance).Append(RowKeys.Instance).Chunk(100))
            await storage.CallAsync("Purge", instanceId, () => storage.Instances.SubmitTransactionAsync(
                batch.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(instanceId, k), ETag.All)), cancellation));
        await storage.DeletePayloadsAsync(instanceId);
        return new PurgeResult(1);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        filter ??= new OrchestrationQuery();
        await storage.EnsureCreatedAsync(cancellation);
        var clauses = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {RowKeys.Instance}") };
        if (filter.CreatedFrom is { } from) clauses.Add(TableClient.CreateQueryFilter($"CreatedTime ge {from}"));
        if (filter.CreatedTo is { } to) clauses.Add(TableClient.CreateQueryFilter($"CreatedTime lt {to}"));
        if (filter.InstanceIdPrefix is { Length: > 0 } prefix)
        {
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {upper}"));
        }
        if (filter.Statuses is { Count: > 0 } statuses)
            clauses.Add("(" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"RuntimeStatus eq {s.ToString()}"))) + ")");
        var query = string.Join(" and ", clauses);
        await foreach (var row in storage.Instances.QueryAsync<TableEntity>(query, filter.PageSize, cancellationToken: cancellation))
            yield return (await InstanceRows.FromEntityAsync(row, storage, filter.FetchInputsAndOutputs))
                .ToMetadata(Converter, filter.FetchInputsAndOutputs);
    }
}
