using Azure;

namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>A durable timer waiting in an instance row.</summary>
/// <param name="TaskId">The timer's task id in the generation's history.</param>
/// <param name="Due">When it fires.</param>
internal sealed record PendingTimer(int TaskId, DateTimeOffset Due);

/// <summary>The instance row: status, input/output, generation (bumped by ContinueAsNew and restarts), timers.</summary>
internal sealed class InstanceState
{
    public required string InstanceId { get; init; }
    public required string Name { get; set; }
    public required string Version { get; set; }
    public OrchestrationRuntimeStatus Status { get; set; } = OrchestrationRuntimeStatus.Pending;
    public string? Input { get; set; }
    public string? Output { get; set; }
    public string? CustomStatus { get; set; }
    public TaskFailureDetails? Failure { get; set; }
    public DateTimeOffset CreatedTime { get; set; }
    public DateTimeOffset LastUpdatedTime { get; set; }
    public DateTimeOffset? CompletedTime { get; set; }
    public DateTimeOffset? ScheduledStartTime { get; set; }

    /// <summary>The execution generation: history rows of other generations are stale.</summary>
    public int Generation { get; set; } = 1;

    /// <summary>How many steps (history rows) the current generation has.</summary>
    public int Steps { get; set; }

    public List<PendingTimer> Timers { get; set; } = [];
    public ETag ETag { get; set; }

    public bool IsTerminal => Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed
        or OrchestrationRuntimeStatus.Terminated;

    /// <summary>True when the current generation has not run its first step yet.</summary>
    public bool AwaitsStart => Status is OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.ContinuedAsNew;

    public OrchestrationMetadata ToMetadata(DataConverter converter, bool withPayloads) => new(Name, InstanceId)
    {
        RuntimeStatus = Status,
        CreatedAt = CreatedTime,
        LastUpdatedAt = LastUpdatedTime,
        Version = Version,
        SerializedInput = withPayloads ? Input : null,
        SerializedOutput = withPayloads ? Output : null,
        SerializedCustomStatus = CustomStatus,
        FailureDetails = Failure,
        DataConverter = converter,
    };
}
