namespace Groupement.Functions.Storage;

/// <summary>A response kept for replay: status code, body, content type.</summary>
public sealed record StoredResponse(int StatusCode, string Body, string ContentType = "application/json");

/// <summary>What <see cref="IdempotencyStore.BeginAsync"/> found.</summary>
public enum IdempotencyState
{
    /// <summary>This caller claimed the key: process the request, then Complete (or Abandon on a rejection).</summary>
    Started,

    /// <summary>The same key and fingerprint already completed: answer <see cref="IdempotencyOutcome.Response"/> again.</summary>
    Replay,

    /// <summary>The key was used with another request body: 422 IDEMPOTENCY_KEY_REUSED.</summary>
    Mismatch,

    /// <summary>Another request with this key is being processed right now: 409 IDEMPOTENCY_KEY_IN_PROGRESS.</summary>
    InProgress,
}

public sealed record IdempotencyOutcome(IdempotencyState State, StoredResponse? Response = null)
{
    /// <summary>For <see cref="IdempotencyState.InProgress"/>: when the other request's claim lapses (the <c>Retry-After</c>).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
