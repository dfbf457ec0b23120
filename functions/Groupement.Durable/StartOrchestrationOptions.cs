namespace Groupement.Durable;

/// <summary>Options of a new orchestration instance.</summary>
/// <param name="InstanceId">The instance id; a new GUID when null.</param>
/// <param name="StartAt">Delay the first step until this instant.</param>
public record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null)
{
    /// <summary>The orchestration version stamped on the instance; the registry's version of the orchestrator when null.</summary>
    public string? Version { get; init; }

    /// <summary>
    /// Statuses of an existing instance with the same id that make the start fail with
    /// <see cref="OrchestrationAlreadyExistsException"/>. A running or pending instance is never replaced, whatever
    /// this says; by default a finished instance is replaced (as in Durable Functions).
    /// </summary>
    public IReadOnlyCollection<OrchestrationRuntimeStatus>? DedupeStatuses { get; init; }
}
