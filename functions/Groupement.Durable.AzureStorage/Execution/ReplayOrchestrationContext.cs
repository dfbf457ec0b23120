using Microsoft.Extensions.Logging;

namespace Groupement.Durable.AzureStorage.Execution;

/// <summary>The context given to orchestrator code while its history is replayed and its next step computed.</summary>
internal sealed partial class ReplayOrchestrationContext(
    TaskName name, string instanceId, string version, string? serializedInput, DataConverter converter,
    ILoggerFactory loggerFactory, IReadOnlyDictionary<int, HistoryEvent> historyActions) : TaskOrchestrationContext
{
    private sealed record PendingTask(HistoryEvent Scheduled, TaskCompletionSource<string?> Completion);

    private readonly Dictionary<int, PendingTask> _pending = [];
    private int _nextTaskId;
    private int _guidCounter;
    private DateTime _now;

    /// <inheritdoc />
    public override TaskName Name => name;

    /// <inheritdoc />
    public override string InstanceId => instanceId;

    /// <inheritdoc />
    public override string Version => version;

    /// <inheritdoc />
    public override DateTime CurrentUtcDateTime => _now;

    /// <inheritdoc />
    public override bool IsReplaying => Replaying;

    /// <inheritdoc />
    protected override ILoggerFactory LoggerFactory => loggerFactory;

    public bool Replaying { get; set; }

    /// <summary>The first divergence from history; the instance fails with it whatever the code did with the exception.</summary>
    public NonDeterministicOrchestrationException? Fatal { get; private set; }

    /// <summary>Actions created in this step that history does not hold yet.</summary>
    public List<HistoryEvent> NewActions { get; } = [];

    public string? CustomStatus { get; set; }

    public bool ContinueAsNewRequested { get; private set; }

    public string? ContinueAsNewInput { get; private set; }

    public bool PreserveUnprocessedEvents { get; private set; }

    public DataConverter Converter => converter;

    /// <inheritdoc />
    public override T? GetInput<T>() where T : default => converter.Deserialize<T>(serializedInput);

    /// <inheritdoc />
    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null) =>
        options?.Retry?.Policy is { } policy ? CallWithRetryAsync<TResult>(name, input, policy) : CallOnceAsync<TResult>(name, input);

    private async Task<TResult> CallOnceAsync<TResult>(TaskName activity, object? input)
    {
        var scheduled = new HistoryEvent(EventKind.TaskScheduled, _now)
        { Name = activity.Name, Data = converter.Serialize(input) };
        var pending = Schedule(scheduled);
        var result = await pending.Completion.Task;
        return converter.Deserialize<TResult>(result)!;
    }

    private async Task<TResult> CallWithRetryAsync<TResult>(TaskName activity, object? input, RetryPolicy policy)
    {
        var firstAttempt = _now;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CallOnceAsync<TResult>(activity, input);
            }
            catch (TaskFailedException) when (attempt < policy.MaxNumberOfAttempts
                && (policy.RetryTimeout is not { } timeout || _now - firstAttempt < timeout))
            {
                await CreateTimer(_now + policy.DelayAfter(attempt), CancellationToken.None);
            }
        }
    }

    /// <inheritdoc />
    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var utc = fireAt.Kind == DateTimeKind.Local ? fireAt.ToUniversalTime() : DateTime.SpecifyKind(fireAt, DateTimeKind.Utc);
        var pending = Schedule(new HistoryEvent(EventKind.TimerCreated, _now) { FireAt = utc });
        if (cancellationToken.CanBeCanceled)
            cancellationToken.Register(() => pending.Completion.TrySetCanceled(cancellationToken));
        return pending.Completion.Task;
    }

    private PendingTask Schedule(HistoryEvent action)
    {
        var id = _nextTaskId++;
        action = action with { TaskId = id };
        if (historyActions.TryGetValue(id, out var recorded))
        {
            if (recorded.Kind != action.Kind || !string.Equals(recorded.Name, action.Name, StringComparison.OrdinalIgnoreCase))
                Diverged($"history has {recorded.Describe()} but the orchestrator code now schedules {action.Describe()}");
            action = recorded;
        }
        else
        {
            NewActions.Add(action);
        }
        var pending = new PendingTask(action, new TaskCompletionSource<string?>());
        _pending[id] = pending;
        return pending;
    }

    private void Diverged(string detail)
    {
        var ex = new NonDeterministicOrchestrationException(
            $"Non-deterministic orchestration '{name}' (instance '{instanceId}'): {detail}. " +
            "Orchestrator code changed while instances were in flight; use a new orchestration name or version.");
        Fatal ??= ex;
        throw ex;
    }

    /// <inheritdoc />
    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
    {
        ContinueAsNewRequested = true;
        ContinueAsNewInput = converter.Serialize(newInput);
        PreserveUnprocessedEvents = preserveUnprocessedEvents;
    }

    /// <inheritdoc />
    public override void SetCustomStatus(object? customStatus) => CustomStatus = converter.Serialize(customStatus);

    /// <inheritdoc />
    public override Guid NewGuid() => DeterministicGuid.Create($"{instanceId}_{_now:o}_{_guidCounter++}");
}
