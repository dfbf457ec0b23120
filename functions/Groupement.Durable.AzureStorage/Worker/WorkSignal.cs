namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>Wakes the worker of this process at once when this process enqueues work (no polling delay).</summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _tcs = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Signals that work may be waiting.</summary>
    public void Set() => Volatile.Read(ref _tcs).TrySetResult();

    /// <summary>Waits for a signal or until <paramref name="timeout"/> passes; true when signalled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        var tcs = Volatile.Read(ref _tcs);
        var signalled = tcs.Task.IsCompleted;
        if (!signalled)
        {
            try
            {
                await tcs.Task.WaitAsync(timeout, ct);
                signalled = true;
            }
            catch (TimeoutException)
            {
            }
        }
        if (signalled) Interlocked.CompareExchange(ref _tcs, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), tcs);
        return signalled;
    }
}
