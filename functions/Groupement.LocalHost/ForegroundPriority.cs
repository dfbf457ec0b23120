namespace Groupement.LocalHost;

/// <summary>
/// People before background work, in the one process where both run. The local host serves HTTP and runs the engine
/// together (on Flex Consumption the http and durable function groups scale on separate instances), so in a deadline
/// rush the analyses of earlier submissions would compete with the people still submitting for the same cores and the
/// same storage. While requests that change something are in flight (and <see cref="QuietAfter"/> after the last),
/// activities start a few at a time (the constructor's number) instead of the engine's full concurrency: workflows slow
/// down, never stop, and catch up as soon as the rush eases. <c>Durable__ActivitiesWhilePeopleWrite</c> sets the
/// number (0 turns the priority off).
/// </summary>
public sealed class ForegroundPriority
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);
    private readonly SemaphoreSlim? _busySlots;
    private readonly TimeProvider _time;
    private int _writes;
    private long _lastWriteEnded;

    public ForegroundPriority(int busyConcurrency, TimeProvider? time = null)
    {
        _busySlots = busyConcurrency > 0 ? new SemaphoreSlim(busyConcurrency, busyConcurrency) : null;
        _time = time ?? TimeProvider.System;
        _lastWriteEnded = long.MinValue / 2;
    }

    public TimeSpan QuietAfter { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>True while a person's write is in flight or ended less than <see cref="QuietAfter"/> ago.</summary>
    public bool PeopleAreWriting =>
        Volatile.Read(ref _writes) > 0 || _time.GetElapsedTime(Interlocked.Read(ref _lastWriteEnded)) < QuietAfter;

    /// <summary>Whether a request counts: one that changes something (the polls of status pages do not).</summary>
    public static bool IsWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        && request.Path.StartsWithSegments("/api");

    /// <summary>Marks a person's write in flight until the result is disposed.</summary>
    public IDisposable Write()
    {
        Interlocked.Increment(ref _writes);
        return new Release(() =>
        {
            Interlocked.Exchange(ref _lastWriteEnded, _time.GetTimestamp());
            Interlocked.Decrement(ref _writes);
        });
    }

    /// <summary>
    /// Waits until background work may start: at once when nobody is writing, otherwise for one of the
    /// few slots (held until the result is disposed) or for the rush to ease.
    /// </summary>
    public async ValueTask<IDisposable> BackgroundAsync(CancellationToken ct = default)
    {
        if (_busySlots is null) return Release.None;
        while (true)
        {
            if (!PeopleAreWriting) return Release.None;
            if (await _busySlots.WaitAsync(Poll, ct)) return new Release(() => _busySlots.Release());
        }
    }

    private sealed class Release(Action release) : IDisposable
    {
        public static readonly IDisposable None = new Release(() => { });
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
