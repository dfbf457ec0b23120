namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>One step at a time per instance inside this process (other processes are kept out by the ETag).</summary>
internal sealed class KeyedLock
{
    private readonly Dictionary<string, (SemaphoreSlim Gate, int Users)> _gates = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken ct)
    {
        SemaphoreSlim gate;
        lock (_gates)
        {
            var entry = _gates.TryGetValue(key, out var e) ? e : (Gate: new SemaphoreSlim(1, 1), Users: 0);
            _gates[key] = (entry.Gate, entry.Users + 1);
            gate = entry.Gate;
        }
        try
        {
            await gate.WaitAsync(ct);
        }
        catch
        {
            Leave(key);
            throw;
        }
        return new Releaser(this, key, gate);
    }

    private void Leave(string key)
    {
        lock (_gates)
        {
            var e = _gates[key];
            if (e.Users == 1) _gates.Remove(key);
            else _gates[key] = (e.Gate, e.Users - 1);
        }
    }

    private sealed class Releaser(KeyedLock owner, string key, SemaphoreSlim gate) : IDisposable
    {
        public void Dispose()
        {
            gate.Release();
            owner.Leave(key);
        }
    }
}
