namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>The kinds of outgoing messages a step produces.</summary>
internal enum OutboxKind { Activity, Hint, Timer }

/// <summary>
/// A message a step sends, written in the step's transaction (outbox row) and dispatched after the commit:
/// an activity invocation, a work hint to an instance, or a due-timer index entry.
/// </summary>
internal sealed record OutboxItem(OutboxKind Kind, string InstanceId)
{
    /// <summary>The activity invocation (JSON of <see cref="ActivityWorkItem"/>).</summary>
    public string? Message { get; init; }

    /// <summary>When a timer is due.</summary>
    public DateTimeOffset? Due { get; init; }

    public int Generation { get; init; }
    public int TaskId { get; init; } = -1;
}

/// <summary>An activity invocation on the work-item queue.</summary>
internal sealed record ActivityWorkItem(string InstanceId, int Generation, int TaskId, string Name, string? Input, string? Version);
