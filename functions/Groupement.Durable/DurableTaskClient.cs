namespace Groupement.Durable;

/// <summary>Starts, signals, reads and manages orchestration instances (as Microsoft.DurableTask.Client.DurableTaskClient).</summary>
public abstract class DurableTaskClient
{
    /// <summary>Schedules a new instance and returns its id. Never leaves an instance stuck Pending.</summary>
    /// <exception cref="OrchestrationAlreadyExistsException">An instance with that id is running or in a dedupe status.</exception>
    public abstract Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null,
        StartOrchestrationOptions? options = null, CancellationToken cancellation = default);

    /// <summary>Sends an event; buffered if the instance is not waiting for it yet.</summary>
    /// <exception cref="OrchestrationNotFoundException">No instance has that id.</exception>
    public abstract Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null,
        CancellationToken cancellation = default);

    /// <summary>Reads an instance, or null when it does not exist.</summary>
    public abstract Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default);

    /// <summary>Waits until the instance is Completed, Failed or Terminated.</summary>
    public abstract Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId,
        bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    /// <summary>Terminates a running instance.</summary>
    public abstract Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default);

    /// <summary>Deletes a finished instance and its history.</summary>
    public abstract Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default);

    /// <summary>Lists instances matching a filter (status, creation time, id prefix).</summary>
    public abstract IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null,
        CancellationToken cancellation = default);
}
