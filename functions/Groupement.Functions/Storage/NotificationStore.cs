using Azure;
using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>
/// Notifications of an adhésion (rows in its partition; <c>scope</c> = adhesionId, or e.g. <c>groupement:{gid}</c>
/// for groupement-wide mail). Doubles as the sent-mail ledger: <see cref="TryReserveAsync"/> inserts a row keyed by
/// the idempotency key only if none exists, so at most one caller ever sends a given (instance, step) email.
/// </summary>
public sealed class NotificationStore
{
    private const string MessagePartition = "~msg";
    private readonly LazyTable _rows;
    private readonly LazyTable _index;
    private readonly TimeProvider _time;

    public NotificationStore(TableServiceClient tables, StorageNames? names = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        names ??= new StorageNames();
        _rows = new LazyTable(tables, names.Adhesions);
        _index = new LazyTable(tables, names.AdhesionIndex);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Inserts a <c>pending</c> row unless the key exists. Reserved = false means someone already owns this send.</summary>
    public async Task<NotificationReservation> TryReserveAsync(string scope, string idempotencyKey, string kind, string to, CancellationToken ct = default)
    {
        var table = await _rows.GetAsync(ct);
        var record = new NotificationRecord(scope, idempotencyKey, kind, to, NotificationStatuses.Pending, _time.GetUtcNow(), null, null, null);
        try
        {
            await table.AddEntityAsync(NotificationRows.To(record), ct);
            return new NotificationReservation(true, record);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await GetAsync(scope, idempotencyKey, ct);
            return new NotificationReservation(false, existing ?? record);
        }
    }

    public async Task<NotificationRecord?> GetAsync(string scope, string idempotencyKey, CancellationToken ct = default)
    {
        var table = await _rows.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(scope, NotificationRows.RowKey(idempotencyKey), cancellationToken: ct);
        return row.HasValue && row.Value is { } e ? NotificationRows.From(e) : null;
    }

    /// <summary>The notifications of a scope, oldest first.</summary>
    public async Task<IReadOnlyList<NotificationRecord>> ListAsync(string scope, CancellationToken ct = default)
    {
        var table = await _rows.GetAsync(ct);
        var filter = $"PartitionKey eq {TableKeys.Quote(scope)} and RowKey ge 'n|' and RowKey lt 'n}}'";
        var list = new List<NotificationRecord>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct)) list.Add(NotificationRows.From(e));
        return [.. list.OrderBy(n => n.CreatedAt)];
    }

    /// <summary>Records that the provider accepted the message, and indexes its message id for delivery events.</summary>
    public async Task<NotificationRecord?> MarkSentAsync(string scope, string idempotencyKey, string? providerMessageId, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        var updated = await ChangeAsync(scope, idempotencyKey, r => r with
        {
            Status = NotificationStatuses.Rank(r.Status) < 1 ? NotificationStatuses.Sent : r.Status,
            SentAt = r.SentAt ?? now,
            ProviderMessageId = providerMessageId ?? r.ProviderMessageId,
        }, ct);
        if (updated is not null && !string.IsNullOrEmpty(providerMessageId))
        {
            var index = await _index.GetAsync(ct);
            await index.UpsertEntityAsync(new TableEntity(MessagePartition, TableKeys.Escape(providerMessageId))
            {
                ["Scope"] = scope,
                ["IdempotencyKey"] = idempotencyKey,
            }, TableUpdateMode.Replace, ct);
        }
        return updated;
    }

    /// <summary>Records an outcome (delivered, bounce, dropped, failed) by idempotency key; never moves back to pending/sent.</summary>
    public Task<NotificationRecord?> UpdateStatusAsync(string scope, string idempotencyKey, string status, string? detail = null, CancellationToken ct = default) =>
        ChangeAsync(scope, idempotencyKey, r => NotificationStatuses.Rank(status) < NotificationStatuses.Rank(r.Status)
            ? r
            : r with { Status = status, Detail = detail ?? r.Detail }, ct);

    /// <summary>Records an outcome by the provider's message id (SendGrid <c>sg_message_id</c> starts with it); null when unknown.</summary>
    public async Task<NotificationRecord?> UpdateStatusByProviderMessageIdAsync(string providerMessageId, string status, string? detail = null, CancellationToken ct = default)
    {
        var index = await _index.GetAsync(ct);
        var row = await index.GetEntityIfExistsAsync<TableEntity>(MessagePartition, TableKeys.Escape(providerMessageId), cancellationToken: ct);
        if (!row.HasValue || row.Value is not { } e) return null;
        return await UpdateStatusAsync(e.GetString("Scope"), e.GetString("IdempotencyKey"), status, detail, ct);
    }

    private async Task<NotificationRecord?> ChangeAsync(string scope, string key, Func<NotificationRecord, NotificationRecord> change, CancellationToken ct)
    {
        var table = await _rows.GetAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(scope, NotificationRows.RowKey(key), cancellationToken: ct);
            if (!row.HasValue || row.Value is not { } e) return null;
            var current = NotificationRows.From(e);
            var next = change(current);
            if (next == current) return current;
            try
            {
                await table.UpdateEntityAsync(NotificationRows.To(next), e.ETag, TableUpdateMode.Replace, ct);
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 10)
            {
            }
        }
    }
}
