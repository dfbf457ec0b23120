namespace Groupement.Durable;

/// <summary>A client operation named an instance that does not exist (an HTTP endpoint answers 404).</summary>
public sealed class OrchestrationNotFoundException(string instanceId)
    : InvalidOperationException($"No orchestration instance with id '{instanceId}' exists.")
{
    /// <summary>The instance id.</summary>
    public string InstanceId { get; } = instanceId;
}
