using System.Collections.Concurrent;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.Tests.Support;

/// <summary>
/// Counts the storage-call boundaries of each instance and "crashes" (throws <see cref="SimulatedCrashException"/>)
/// at the chosen one, once; or throws another exception at every boundary matching a rule.
/// </summary>
internal sealed class CrashInjector : IStorageFaultInjector
{
    private readonly ConcurrentDictionary<string, int> _crashAt = new();
    private readonly ConcurrentDictionary<string, int> _seen = new();
    private readonly ConcurrentQueue<(string Instance, StorageBoundary Boundary)> _crashes = new();

    public Func<StorageBoundary, Exception?>? Rule { get; set; }

    private readonly ConcurrentDictionary<string, (string Operation, bool After)> _crashAtKind = new();

    public void CrashAt(string instanceId, int boundary) => _crashAt[instanceId] = boundary;

    /// <summary>Crashes the instance at the first boundary of that kind.</summary>
    public void CrashAt(string instanceId, (string Operation, bool After) kind) => _crashAtKind[instanceId] = kind;

    private readonly ConcurrentQueue<(string Instance, StorageBoundary Boundary)> _all = new();

    public int Seen(string instanceId) => _seen.GetValueOrDefault(instanceId);

    /// <summary>The kinds of boundary (operation, before/after) an instance crossed.</summary>
    public ISet<(string, bool)> KindsSeen(string instanceId) =>
        _all.Where(b => b.Instance == instanceId).Select(b => (b.Boundary.Operation, b.Boundary.After)).ToHashSet();

    public IReadOnlyCollection<(string Instance, StorageBoundary Boundary)> Crashes => _crashes;

    public void OnBoundary(StorageBoundary boundary)
    {
        if (Rule?.Invoke(boundary) is { } error) throw error;
        // Client reads (the test's own status polling among them) change nothing: they are not crash points.
        if (boundary.InstanceId is not { } id || boundary.Operation == "ReadInstance") return;
        var n = _seen.AddOrUpdate(id, 1, (_, c) => c + 1);
        _all.Enqueue((id, boundary));
        if ((_crashAt.TryGetValue(id, out var at) && at == n)
            || (_crashAtKind.TryGetValue(id, out var kind) && kind == (boundary.Operation, boundary.After) && _crashAtKind.TryRemove(id, out _)))
        {
            _crashes.Enqueue((id, boundary));
            throw new SimulatedCrashException($"simulated crash at boundary {n} ({boundary}) of {id}");
        }
    }
}
