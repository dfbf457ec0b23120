using Azure;
using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Storage;
using Groupement.Durable.AzureStorage.Worker;
using Microsoft.Extensions.Options;

namespace Groupement.Durable.AzureStorage.Client;

/// <summary>The client of the Azure Storage runtime; usable in a process that runs no worker.</summary>
internal sealed partial class AzureStorageDurableTaskClient(TaskHubStorage storage, IOptions<DurableTaskRegistry> registry, WorkSignal signal)
    : DurableTaskClient
{
    private DataConverter Converter => storage.Options.DataConverter;

    /// <inheritdoc />
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null,
        StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        RowKeys.ValidateInstanceId(instanceId);
        await storage.EnsureCreatedAsync(cancellation);
        var now = storage.Time.GetUtcNow();
        var state = new InstanceState
        {
            InstanceId = instanceId,
            Name = orchestratorName.Name,
            Version = options?.Version ?? registry.Value.Versions.GetValueOrDefault(orchestratorName) ?? "1",
            Input = Converter.Serialize(input),
            CreatedTime = now,
            LastUpdatedTime = now,
            ScheduledStartTime = options?.StartAt,
        };
        await GuardedAsync(instanceId, () => WriteStartAsync(state, options, cancellation), cancellation);
        return instanceId;
    }

    private async Task WriteStartAsync(InstanceState state, StartOrchestrationOptions? options, CancellationToken ct)
    {
        var entity = await InstanceRows.ToEntityAsync(state, storage);
        try
        {
            await storage.CallAsync("CreateInstance", state.InstanceId, () => storage.Instances.AddEntityAsync(entity, ct));
            return;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // an instance with this id exists: replace it only when finished and not in a dedupe status
        }
        var existing = await ReadAsync(state.InstanceId, withPayloads: false, ct) ?? throw new RequestFailedException(409, "Instance changed concurrently.");
        if (!existing.IsTerminal || options?.DedupeStatuses?.Contains(existing.Status) == true)
            throw new OrchestrationAlreadyExistsException(state.InstanceId, existing.Status);
        state.Generation = existing.Generation + 1;
        entity = await InstanceRows.ToEntityAsync(state, storage);
        await storage.CallAsync("ReplaceInstance", state.InstanceId,
            () => storage.Instances.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, ct));
    }

    /// <summary>
    /// Enqueues a hidden recovery hint, does the write, then makes the hint visible at once: a caller dying between
    /// the write and the hint still gets its instance stepped (after <see cref="AzureStorageDurableOptions.RecoveryDelay"/>).
    /// </summary>
    private async Task GuardedAsync(string instanceId, Func<Task> write, CancellationToken ct)
    {
        var receipt = (await storage.CallAsync("SendHint", instanceId, () => storage.Control.SendMessageAsync(
            instanceId, storage.Options.RecoveryDelay, OutboxDispatcher.Infinite, ct))).Value;
        await write();
        try
        {
            await storage.CallAsync("ReleaseHint", instanceId,
                () => storage.Control.UpdateMessageAsync(receipt.MessageId, receipt.PopReceipt, instanceId, TimeSpan.Zero, ct));
        }
        catch (RequestFailedException ex) when (ex.Status == 404 || ex.ErrorCode == "PopReceiptMismatch")
        {
            // the write outlasted the delay and a worker took the hint, maybe before the write: hint again
            await OutboxDispatcher.SendHintAsync(storage, instanceId);
        }
        signal.Set();
    }

    /// <inheritdoc />
    public override async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null,
        CancellationToken cancellation = default)
    {
        var state = await ReadAsync(instanceId, withPayloads: false, cancellation) ?? throw new OrchestrationNotFoundException(instanceId);
        if (state.IsTerminal) return; // as Durable Functions: an event for a finished instance is dropped
        var item = new InboxItem(RowKeys.Event(StepPlanner.NextSequence(storage.Time.GetUtcNow())), InboxKind.Event)
        { Name = eventName, Data = Converter.Serialize(eventPayload) };
        var entity = await item.ToEntityAsync(instanceId, storage);
        await GuardedAsync(instanceId, () => storage.CallAsync("WriteEvent", instanceId,
            () => storage.Instances.AddEntityAsync(entity, cancellation)), cancellation);
    }

    /// <inheritdoc />
    public override async Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default)
    {
        var state = await ReadAsync(instanceId, withPayloads: false, cancellation) ?? throw new OrchestrationNotFoundException(instanceId);
        if (state.IsTerminal) return;
        var item = new InboxItem(RowKeys.Terminate, InboxKind.Terminate) { Data = Converter.Serialize(output) };
        var entity = await item.ToEntityAsync(instanceId, storage);
        await GuardedAsync(instanceId, () => storage.CallAsync("WriteTerminate", instanceId,
            () => storage.Instances.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellation)), cancellation);
    }

    private async Task<InstanceState?> ReadAsync(string instanceId, bool withPayloads, CancellationToken ct)
    {
        RowKeys.ValidateInstanceId(instanceId);
        await storage.EnsureCreatedAsync(ct);
        var found = await storage.CallAsync("ReadInstance", instanceId,
            () => storage.Instances.GetEntityIfExistsAsync<TableEntity>(instanceId, RowKeys.Instance, cancellationToken: ct));
        return found.HasValue && found.Value is { } row ? await InstanceRows.FromEntityAsync(row, storage, withPayloads) : null;
    }
}
