namespace Groupement.Durable.AzureStorage.Execution;

internal sealed partial class ReplayOrchestrationContext
{
    private readonly Dictionary<string, List<TaskCompletionSource<string?>>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, string? Data)> _buffered = [];

    /// <summary>Events received and not consumed by any wait (carried over by ContinueAsNew).</summary>
    public IReadOnlyList<(string Name, string? Data)> UnconsumedEvents => _buffered;

    /// <inheritdoc />
    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        var index = _buffered.FindIndex(e => string.Equals(e.Name, eventName, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            var data = _buffered[index].Data;
            _buffered.RemoveAt(index);
            return Task.FromResult(Converter.Deserialize<T>(data)!);
        }
        var tcs = new TaskCompletionSource<string?>();
        if (!_waiters.TryGetValue(eventName, out var list)) _waiters[eventName] = list = [];
        list.Add(tcs);
        if (cancellationToken.CanBeCanceled)
            cancellationToken.Register(() =>
            {
                if (tcs.TrySetCanceled(cancellationToken)) list.Remove(tcs);
            });
        return ConvertAsync<T>(tcs.Task);
    }

    private async Task<T> ConvertAsync<T>(Task<string?> raw) => Converter.Deserialize<T>(await raw)!;

    /// <summary>Applies one history event to the waiting code.</summary>
    public void Apply(HistoryEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.OrchestratorStarted:
                _now = DateTime.SpecifyKind(e.Timestamp, DateTimeKind.Utc);
                break;
            case EventKind.TaskScheduled or EventKind.TimerCreated:
                if (!_pending.ContainsKey(e.TaskId))
                    Diverged($"history has {e.Describe()} but the orchestrator code did not schedule it");
                break;
            case EventKind.TaskCompleted:
                if (_pending.TryGetValue(e.TaskId, out var done)) done.Completion.TrySetResult(e.Data);
                break;
            case EventKind.TaskFailed:
                if (_pending.TryGetValue(e.TaskId, out var failed))
                    failed.Completion.TrySetException(new TaskFailedException(failed.Scheduled.Name ?? "?", e.TaskId,
                        e.Failure ?? new TaskFailureDetails("Unknown", "The task failed.")));
                break;
            case EventKind.TimerFired:
                if (_pending.TryGetValue(e.TaskId, out var timer)) timer.Completion.TrySetResult(null);
                break;
            case EventKind.EventRaised:
                Deliver(e.Name ?? string.Empty, e.Data);
                break;
        }
    }

    private void Deliver(string eventName, string? data)
    {
        // The newest waiter gets the event (LIFO, as Microsoft.DurableTask); with no waiter it is buffered.
        if (_waiters.TryGetValue(eventName, out var list))
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var waiter = list[i];
                list.RemoveAt(i);
                if (waiter.TrySetResult(data)) return;
            }
        _buffered.Add((eventName, data));
    }

    /// <summary>Checks, at a step boundary of the replay, that the code scheduled nothing history does not hold.</summary>
    public void CheckActionsRecorded()
    {
        if (Fatal is null && NewActions.Count > 0)
            Diverged($"the orchestrator code schedules {NewActions[0].Describe()} where history has nothing");
    }

    /// <summary>Timers that were cancelled before they fired (their rows need not be kept).</summary>
    public IEnumerable<int> CancelledTimerIds() =>
        _pending.Where(kv => kv.Value.Scheduled.Kind == EventKind.TimerCreated && kv.Value.Completion.Task.IsCanceled)
            .Select(kv => kv.Key);
}
