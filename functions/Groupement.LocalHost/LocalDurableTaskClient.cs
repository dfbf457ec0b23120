using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreStatus = DurableTask.Core.OrchestrationStatus;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace Groupement.LocalHost;

/// <summary>
/// A <see cref="DurableTaskClient"/> over the process's <see cref="AzureStorageOrchestrationService"/>, with the
/// semantics of the official ShimDurableTaskClient (not served here): starts with dedupe statuses (none given: a
/// running instance with the same id is terminated and replaced), events and terminations as orchestration messages,
/// queries on the Instances table. Enqueuing through the worker's own service object wakes its poller at once.
/// </summary>
public sealed class LocalDurableTaskClient(DurableEngine engine) : DurableTaskClient("local")
{
    private AzureStorageOrchestrationService Service => engine.Service;

    private DataConverter Converter => engine.Converter;

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null,
        StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var dedupe = options?.DedupeStatuses?.Select(s => Enum.Parse<CoreStatus>(s, ignoreCase: true)).ToArray();
        if (dedupe is null || !dedupe.Contains(CoreStatus.Running))
            await TerminateIfRunningAsync(instanceId, dedupe ?? [], cancellation);
        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = Guid.NewGuid().ToString("N") };
        var started = new ExecutionStartedEvent(-1, Converter.Serialize(input))
        {
            Name = orchestratorName.Name,
            Version = options?.Version?.ToString() ?? "",
            OrchestrationInstance = instance,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Tags = options?.Tags?.ToDictionary(t => t.Key, t => t.Value) ?? [],
            // The caller's trace (e.g. the submission's request) continues into the orchestration and its activities,
            // as Durable Functions' distributed tracing does in Azure.
            ParentTraceContext = System.Diagnostics.Activity.Current is { Id: { } parent } current
                ? new DurableTask.Core.Tracing.DistributedTraceContext(parent, current.TraceStateString) : null,
        };
        // The engine's call takes no token: the request's deadline still bounds the wait when storage hangs.
        await Service.CreateTaskOrchestrationAsync(new TaskMessage { Event = started, OrchestrationInstance = instance }, dedupe ?? []).WaitAsync(cancellation);
        return instanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new EventRaisedEvent(-1, Converter.Serialize(eventPayload)) { Name = eventName }, cancellation);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason));

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason));

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) =>
        Service.ForceTerminateTaskOrchestrationAsync(instanceId, Converter.Serialize(options?.Output));

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default)
    {
        var states = await Service.GetOrchestrationStateAsync(instanceId, allExecutions: false).WaitAsync(cancellation);
        return states?.FirstOrDefault() is { } state ? ToMetadata(state, getInputsAndOutputs) : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        Pageable.Create<OrchestrationMetadata>(async (continuation, pageSize, cancellation) =>
        {
            var coreQuery = new DurableTask.Core.Query.OrchestrationQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(s => (CoreStatus)s).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                PageSize = pageSize ?? filter?.PageSize ?? 100,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            var result = await ((DurableTask.Core.Query.IOrchestrationServiceQueryClient)Service).GetOrchestrationWithQueryAsync(coreQuery, cancellation);
            return new Page<OrchestrationMetadata>([.. result.OrchestrationState.Select(s => ToMetadata(s, coreQuery.FetchInputsAndOutputs))],
                result.ContinuationToken);
        });

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default)
    {
        while (true)
        {
            var m = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation)
                ?? throw new InvalidOperationException($"Orchestration instance '{instanceId}' does not exist.");
            if (m.RuntimeStatus != OrchestrationRuntimeStatus.Pending) return m;
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellation);
        }
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default)
    {
        while (true)
        {
            var m = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation);
            if (m is not null && m.IsCompleted) return m;
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellation);
        }
    }

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        var m = await GetInstancesAsync(instanceId, cancellation: cancellation);
        if (m is null) return new PurgeResult(0);
        if (!m.IsCompleted) throw new InvalidOperationException($"Orchestration instance '{instanceId}' is not in a terminal state.");
        var result = await ((IOrchestrationServicePurgeClient)Service).PurgeInstanceStateAsync(instanceId);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null,
        CancellationToken cancellation = default)
    {
        var result = await ((IOrchestrationServicePurgeClient)Service).PurgeInstanceStateAsync(new DurableTask.Core.PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue, filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(s => (CoreStatus)s).ToList()));
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task SendAsync(string instanceId, HistoryEvent e, CancellationToken cancellation = default)
    {
        // As the official client: to the latest execution, by instance id only (the engine drops it when there is none).
        await Service.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = e,
        }).WaitAsync(cancellation);
    }

    private async Task TerminateIfRunningAsync(string instanceId, CoreStatus[] dedupe, CancellationToken ct)
    {
        var existing = (await Service.GetOrchestrationStateAsync(instanceId, allExecutions: false))?.FirstOrDefault();
        if (existing is null || dedupe.Contains(existing.OrchestrationStatus)) return;
        if (existing.OrchestrationStatus is not (CoreStatus.Running or CoreStatus.Pending or CoreStatus.Suspended)) return;
        await Service.ForceTerminateTaskOrchestrationAsync(instanceId, "Replaced by a new start with the same instance id.");
        for (var i = 0; i < 120; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            var s = (await Service.GetOrchestrationStateAsync(instanceId, allExecutions: false))?.FirstOrDefault();
            if (s is null || s.OrchestrationStatus is not (CoreStatus.Running or CoreStatus.Pending or CoreStatus.Suspended)) return;
        }
    }

    private OrchestrationMetadata ToMetadata(OrchestrationState s, bool withData) => new(s.Name, s.OrchestrationInstance.InstanceId)
    {
        RuntimeStatus = (OrchestrationRuntimeStatus)s.OrchestrationStatus,
        CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(s.CreatedTime, DateTimeKind.Utc)),
        LastUpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(s.LastUpdatedTime, DateTimeKind.Utc)),
        SerializedInput = withData ? s.Input : null,
        SerializedOutput = withData ? s.Output : null,
        SerializedCustomStatus = s.Status,
        FailureDetails = FailureOf(s),
        DataConverter = Converter,
    };

    // Azure Storage keeps a failed instance's reason only as its output ("ErrorType: message"; the instances table
    // has no failure column), so without this a failure would read as one without detail.
    private static TaskFailureDetails? FailureOf(OrchestrationState s)
    {
        if (s.FailureDetails is { } f) return new TaskFailureDetails(f.ErrorType, f.ErrorMessage, f.StackTrace, null, null);
        if (s.OrchestrationStatus != CoreStatus.Failed || string.IsNullOrWhiteSpace(s.Output)) return null;
        var text = s.Output.Trim();
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !text[..colon].Contains(' ', StringComparison.Ordinal)
            ? new TaskFailureDetails(text[..colon], text[(colon + 2)..], null, null, null)
            : new TaskFailureDetails("OrchestrationFailed", text, null, null, null);
    }
}
