namespace Groupement.Durable;

/// <summary>The runtime status of an orchestration instance; numeric values match Microsoft.DurableTask.</summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>The instance has started and is not finished.</summary>
    Running = 0,
    /// <summary>The instance completed with an output.</summary>
    Completed = 1,
    /// <summary>The instance restarted itself with new input (<see cref="TaskOrchestrationContext.ContinueAsNew"/>).</summary>
    ContinuedAsNew = 2,
    /// <summary>The instance failed; see <see cref="OrchestrationMetadata.FailureDetails"/>.</summary>
    Failed = 3,
    /// <summary>The instance was terminated by a client.</summary>
    Terminated = 5,
    /// <summary>The instance is scheduled and has not run its first step.</summary>
    Pending = 6,
}
