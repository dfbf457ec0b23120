using Azure;
using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>
/// <c>Idempotency-Key</c> support, scoped per groupement (PartitionKey = scope, RowKey = key). A request looks first
/// (<see cref="PeekAsync"/>), does its harmless work (content-addressed documents), then claims the key with an atomic
/// insert only around its short commit and stores its response. A claim left by a crashed request lapses after
/// <see cref="ClaimTimeout"/> (seconds: the commit is a few round trips, each step of it idempotent) and is taken over.
/// </summary>
public sealed class IdempotencyStore
{
    public const string KeyReusedCode = "IDEMPOTENCY_KEY_REUSED";
    public const string InProgressCode = "IDEMPOTENCY_KEY_IN_PROGRESS";
    public const int MaxKeyLength = 255;

    private readonly LazyTable _table;
    private readonly TimeProvider _time;

    public IdempotencyStore(TableServiceClient tables, StorageNames? names = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = new LazyTable(tables, (names ?? new StorageNames()).Idempotency);
        _time = time ?? TimeProvider.System;
    }

    public TimeSpan ClaimTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// One read: <see cref="IdempotencyState.Replay"/>, <see cref="IdempotencyState.Mismatch"/>,
    /// <see cref="IdempotencyState.InProgress"/> (a live claim), or <see cref="IdempotencyState.Started"/> when the key is
    /// free or its claim has lapsed (nothing is claimed: call <see cref="BeginAsync"/> before the commit).
    /// </summary>
    public async Task<IdempotencyOutcome> PeekAsync(string scope, string key, string fingerprint, CancellationToken ct = default)
    {
        ValidateKey(key);
        var table = await _table.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(scope), TableKeys.Escape(key), cancellationToken: ct);
        return row.HasValue && row.Value is { } e ? Judge(e, fingerprint, _time.GetUtcNow()) ?? new IdempotencyOutcome(IdempotencyState.Started)
            : new IdempotencyOutcome(IdempotencyState.Started);
    }

    // What an existing row says; null when its claim has lapsed (free to take over).
    private IdempotencyOutcome? Judge(TableEntity e, string fingerprint, DateTimeOffset now)
    {
        if (e.GetString("Fingerprint") != fingerprint) return new IdempotencyOutcome(IdempotencyState.Mismatch);
        if (e.GetInt32("StatusCode") is { } status)
            return new IdempotencyOutcome(IdempotencyState.Replay, new StoredResponse(status, e.GetString("Body") ?? "", e.GetString("ContentType") ?? "application/json"));
        if (e.GetDateTimeOffset("ClaimedAt") is { } at && now - at < ClaimTimeout)
            return new IdempotencyOutcome(IdempotencyState.InProgress) { RetryAfter = at + ClaimTimeout - now };
        return null;
    }

    public async Task<IdempotencyOutcome> BeginAsync(string scope, string key, string fingerprint, CancellationToken ct = default)
    {
        ValidateKey(key);
        var table = await _table.GetAsync(ct);
        var now = _time.GetUtcNow();
        var claim = new TableEntity(TableKeys.Escape(scope), TableKeys.Escape(key)) { ["Fingerprint"] = fingerprint, ["ClaimedAt"] = now };
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                await table.AddEntityAsync(claim, ct);
                return new IdempotencyOutcome(IdempotencyState.Started);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
            }
            var row = await table.GetEntityIfExistsAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: ct);
            if (!row.HasValue || row.Value is not { } e) continue; // abandoned meanwhile: try the insert again
            if (Judge(e, fingerprint, now) is { } outcome) return outcome;
            try
            {
                await table.UpdateEntityAsync(claim, e.ETag, TableUpdateMode.Replace, ct);
                return new IdempotencyOutcome(IdempotencyState.Started);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
            }
        }
        return new IdempotencyOutcome(IdempotencyState.InProgress);
    }

    /// <summary>Stores the answer of a request this caller <see cref="IdempotencyState.Started"/>.</summary>
    public async Task CompleteAsync(string scope, string key, string fingerprint, StoredResponse response, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var table = await _table.GetAsync(ct);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(scope), TableKeys.Escape(key))
        {
            ["Fingerprint"] = fingerprint,
            ["ClaimedAt"] = _time.GetUtcNow(),
            ["StatusCode"] = response.StatusCode,
            ["Body"] = response.Body,
            ["ContentType"] = response.ContentType,
        }, TableUpdateMode.Replace, ct);
    }

    /// <summary>Releases a claim whose request was rejected (nothing is kept from a rejected request).</summary>
    public async Task AbandonAsync(string scope, string key, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(scope), TableKeys.Escape(key), cancellationToken: ct);
        if (row.HasValue && row.Value is { } e && e.GetInt32("StatusCode") is null)
        {
            try
            {
                await table.DeleteEntityAsync(e.PartitionKey, e.RowKey, e.ETag, ct);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
            }
        }
    }

    /// <summary>Keys are 1 to 255 printable characters.</summary>
    public static bool IsValidKey(string? key) =>
        !string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength && !key.Any(char.IsControl);

    private static void ValidateKey(string key)
    {
        if (!IsValidKey(key)) throw new ArgumentException("An idempotency key is 1 to 255 printable characters.", nameof(key));
    }
}
