namespace Groupement.Functions.Documents;

/// <summary>Bytes still allowed in one request, shared by all of its files; consumed while streaming.</summary>
public sealed class RequestBudget(long maxBytes)
{
    private long _used;

    public long MaxBytes { get; } = maxBytes;

    public long Used => Interlocked.Read(ref _used);

    /// <summary>Counts <paramref name="bytes"/>; false once the total exceeds <see cref="MaxBytes"/>.</summary>
    public bool TryConsume(long bytes) => Interlocked.Add(ref _used, bytes) <= MaxBytes;
}
