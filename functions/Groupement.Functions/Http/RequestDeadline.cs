namespace Groupement.Functions.Http;

/// <summary>
/// A deadline for each request until its answer starts, the backstop behind the storage clients' own budget
/// (<see cref="Storage.StorageClientOptions"/>) for calls that have none (the engine's): when storage hangs, a request's
/// own calls are cancelled and it is answered 503 <c>STORAGE_UNAVAILABLE</c> with <c>Retry-After</c> (see <see cref="ProblemResponses"/>), rather
/// than held by the SDK's retries. Once the answer has started (a download, an export) only the caller can cut it.
/// Both hosts use it: the local host's middleware and the Functions worker's <see cref="ProblemMiddleware"/>.
/// </summary>
public sealed class RequestDeadline : IDisposable
{
    /// <summary>The default deadline; <c>Http__RequestDeadline</c> (a TimeSpan) sets another.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    private const string ItemKey = "Groupement.RequestDeadline";
    private readonly CancellationTokenSource _cts;
    private readonly CancellationToken _caller;

    private RequestDeadline(HttpContext http, TimeSpan after)
    {
        _caller = http.RequestAborted;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(_caller);
        _cts.CancelAfter(after);
        http.RequestAborted = _cts.Token;
        http.Items[ItemKey] = this;
        http.Response.OnStarting(() =>
        {
            if (!_cts.IsCancellationRequested) _cts.CancelAfter(Timeout.InfiniteTimeSpan);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// Gives the request its caller's token back and turns a failure after the deadline into the 503 (the ASP.NET Core
    /// exception handler would take a cancelled <c>RequestAborted</c> for the caller's hang-up, 499 without a body).
    /// </summary>
    public static async Task RunAsync(HttpContext http, TimeSpan after, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        var deadline = Begin(http, after);
        http.Response.RegisterForDispose(deadline);
        try
        {
            await next();
        }
        catch (Exception e) when (deadline.Expired && !http.Response.HasStarted)
        {
            http.RequestAborted = deadline._caller;
            throw new ApiProblemException(503, "STORAGE_UNAVAILABLE", "Service momentanément indisponible.",
                ApiProblemException.StorageUnavailable().Detail, null, e) { RetryAfter = TimeSpan.FromSeconds(5) };
        }
    }

    /// <summary>True when the deadline, not the caller, cancelled the request.</summary>
    public bool Expired => _cts.IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>Starts the deadline of <paramref name="http"/>: its <c>RequestAborted</c> fires at the deadline too.</summary>
    public static RequestDeadline Begin(HttpContext http, TimeSpan? after = null) => new(http, after ?? Default);

    /// <summary>Reads <c>Http:RequestDeadline</c> (a TimeSpan), else <see cref="Default"/>.</summary>
    public static TimeSpan From(IConfiguration config) =>
        TimeSpan.TryParse(config?["Http:RequestDeadline"], System.Globalization.CultureInfo.InvariantCulture, out var t) && t > TimeSpan.Zero ? t : Default;

    /// <summary>The deadline of the request, when one was begun.</summary>
    public static RequestDeadline? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var d) ? d as RequestDeadline : null;

    public void Dispose() => _cts.Dispose();
}
