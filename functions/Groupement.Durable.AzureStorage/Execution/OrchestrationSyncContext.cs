namespace Groupement.Durable.AzureStorage.Execution;

/// <summary>
/// Runs orchestrator continuations on the replaying thread, one at a time, in a deterministic order: every await in
/// orchestrator code posts here and <see cref="Drain"/> runs them after each history event is applied.
/// </summary>
internal sealed class OrchestrationSyncContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _work = new();

    public override void Post(SendOrPostCallback d, object? state) => _work.Enqueue((d, state));

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs queued continuations until none is left.</summary>
    public void Drain()
    {
        while (_work.TryDequeue(out var item)) item.Callback(item.State);
    }

    /// <summary>Runs <paramref name="action"/> with this context current, then drains.</summary>
    public void Run(Action action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            Post(_ => action(), null);
            Drain();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
