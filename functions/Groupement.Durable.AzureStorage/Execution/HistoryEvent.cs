namespace Groupement.Durable.AzureStorage.Execution;

/// <summary>The kinds of history events, as in DurableTask.Core (a subset).</summary>
internal enum EventKind
{
    OrchestratorStarted,
    ExecutionStarted,
    TaskScheduled,
    TaskCompleted,
    TaskFailed,
    TimerCreated,
    TimerFired,
    EventRaised,
    ExecutionCompleted,
    ExecutionTerminated,
    ContinuedAsNew,
}

/// <summary>One event of an instance's history; the history is the source of truth replayed on every step.</summary>
internal sealed record HistoryEvent(EventKind Kind, DateTime Timestamp)
{
    /// <summary>The task id (activity or timer sequence number); -1 when not a task event.</summary>
    public int TaskId { get; init; } = -1;

    /// <summary>Activity, orchestrator or event name.</summary>
    public string? Name { get; init; }

    /// <summary>Serialized input, result, event payload or output.</summary>
    public string? Data { get; init; }

    /// <summary>Failure of a task or of the execution.</summary>
    public TaskFailureDetails? Failure { get; init; }

    /// <summary>When a timer fires.</summary>
    public DateTime? FireAt { get; init; }

    /// <summary>The orchestration version (ExecutionStarted).</summary>
    public string? Version { get; init; }

    /// <summary>Short description used in non-determinism messages.</summary>
    public string Describe() => Kind switch
    {
        EventKind.TaskScheduled => $"activity '{Name}' (task #{TaskId})",
        EventKind.TimerCreated => $"timer firing at {FireAt:o} (task #{TaskId})",
        _ => $"{Kind} (task #{TaskId})",
    };
}
