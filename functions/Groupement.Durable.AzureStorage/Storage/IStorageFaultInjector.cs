namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>A storage-call boundary: just before or just after one call to Azure Storage.</summary>
/// <param name="Operation">The runtime operation (e.g. <c>Commit</c>, <c>DispatchOutbox</c>).</param>
/// <param name="InstanceId">The instance concerned, when known.</param>
/// <param name="After">False before the call, true once it returned.</param>
internal readonly record struct StorageBoundary(string Operation, string? InstanceId, bool After);

/// <summary>Test hook invoked at every storage-call boundary; throwing simulates a crash or a failure there.</summary>
internal interface IStorageFaultInjector
{
    void OnBoundary(StorageBoundary boundary);
}

/// <summary>Thrown by a fault injector to simulate the process dying: the runtime then touches nothing more.</summary>
internal sealed class SimulatedCrashException(string message) : Exception(message);
