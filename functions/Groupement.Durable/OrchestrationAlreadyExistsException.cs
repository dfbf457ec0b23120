namespace Groupement.Durable;

/// <summary>A start was refused because an instance with that id exists in a status that forbids reuse.</summary>
public sealed class OrchestrationAlreadyExistsException(string instanceId, OrchestrationRuntimeStatus status)
    : InvalidOperationException($"An orchestration with instance id '{instanceId}' already exists with status {status}.")
{
    /// <summary>The instance id.</summary>
    public string InstanceId { get; } = instanceId;

    /// <summary>The status of the existing instance.</summary>
    public OrchestrationRuntimeStatus Status { get; } = status;
}
