using Azure;
using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>
/// The adhésion read model. Partition = adhesionId holds the view row (ETag-guarded), its append-only history
/// rows and its notification rows, so a status change and its history commit in one transaction. A per-groupement
/// index (partition = groupementId) serves listings and counts; it is written just after the view row.
/// </summary>
public sealed partial class AdhesionStore
{
    private readonly LazyTable _adhesions;
    private readonly LazyTable _index;
    private readonly TimeProvider _time;

    public AdhesionStore(TableServiceClient tables, StorageNames? names = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        names ??= new StorageNames();
        _adhesions = new LazyTable(tables, names.Adhesions);
        _index = new LazyTable(tables, names.AdhesionIndex);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Creates the adhésion with its first history entries and registers the member token hash (if any).</summary>
    /// <exception cref="EntityAlreadyExistsException">An adhésion with this id exists.</exception>
    public async Task<AdhesionRecord> CreateAsync(AdhesionView view, string? memberTokenHash, IEnumerable<HistoryView> history, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var table = await _adhesions.GetAsync(ct);
        var now = _time.GetUtcNow();
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, AdhesionRows.ToEntity(view, now)) };
        actions.AddRange(history.Select(h => new TableTransactionAction(TableTransactionActionType.Add, AdhesionRows.HistoryEntity(view.Id, h))));
        var index = await _index.GetAsync(ct);
        // The token row names an adhésion id nobody knows until this returns: written beside the transaction.
        var token = memberTokenHash is null ? Task.CompletedTask : AddMemberTokenAsync(view.Id, view.GroupementId, memberTokenHash, ct);
        Response<IReadOnlyList<Response>> result;
        try
        {
            result = await table.SubmitTransactionAsync(actions, ct);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // A retry of a request cut after the view row was written: its summary may not have been, so bring it in line.
            await Task.WhenAll(token, SyncIndexAsync(view.Id, ct));
            throw new EntityAlreadyExistsException($"Adhesion {view.Id} already exists.", ex);
        }
        catch
        {
            await token.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        await Task.WhenAll(token, AddIndexAsync(index, view, now, ct));
        return new AdhesionRecord(view, result.Value[0].Headers.ETag ?? ETag.All);
    }

    /// <summary>The view row with its ETag, without history and notifications; null when absent.</summary>
    public async Task<AdhesionRecord?> GetAsync(string adhesionId, CancellationToken ct = default)
    {
        var table = await _adhesions.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(adhesionId, AdhesionRows.ViewRowKey, cancellationToken: ct);
        return row.HasValue && row.Value is { } e ? new AdhesionRecord(AdhesionRows.FromEntity(e), e.ETag) : null;
    }

    /// <summary>The full DESIGN §4 document: view, notifications and history (oldest first), in one partition query.</summary>
    public async Task<AdhesionView?> GetViewAsync(string adhesionId, CancellationToken ct = default)
    {
        var table = await _adhesions.GetAsync(ct);
        AdhesionView? view = null;
        var history = new List<HistoryView>();
        var notifications = new List<NotificationView>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == adhesionId, cancellationToken: ct))
        {
            if (e.RowKey == AdhesionRows.ViewRowKey) view = AdhesionRows.FromEntity(e);
            else if (e.RowKey.StartsWith(AdhesionRows.HistoryPrefix, StringComparison.Ordinal)) history.Add(AdhesionRows.HistoryFrom(e));
            else if (e.RowKey.StartsWith(AdhesionRows.NotificationPrefix, StringComparison.Ordinal)) notifications.Add(NotificationRows.From(e).ToView());
        }
        if (view is null) return null;
        notifications.AddRange(Planned(view, history, notifications));
        return view with { History = history, Notifications = notifications.OrderBy(n => n.SentAt ?? DateTimeOffset.MaxValue).ToList() };
    }

    /// <summary>Replaces the view if nobody changed it since <paramref name="ifMatch"/>, appending history in the same transaction.</summary>
    /// <exception cref="ConcurrencyConflictException">The row changed (or vanished) since it was read.</exception>
    public async Task<AdhesionRecord> UpdateAsync(AdhesionView view, ETag ifMatch, IEnumerable<HistoryView>? history = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var table = await _adhesions.GetAsync(ct);
        var now = _time.GetUtcNow();
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, AdhesionRows.ToEntity(view, now), ifMatch) };
        if (history is not null)
            actions.AddRange(history.Select(h => new TableTransactionAction(TableTransactionActionType.Add, AdhesionRows.HistoryEntity(view.Id, h))));
        Response<IReadOnlyList<Response>> result;
        try
        {
            result = await table.SubmitTransactionAsync(actions, ct);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 404)
        {
            throw new ConcurrencyConflictException($"Adhesion {view.Id} changed since it was read.", ex);
        }
        await SyncIndexAsync(view.Id, ct);
        return new AdhesionRecord(view, result.Value[0].Headers.ETag ?? ETag.All);
    }

    /// <summary>
    /// Read, change, write, retried on conflicts. <paramref name="change"/> returns null to leave the adhésion as it is.
    /// Returns the stored record (unchanged when <paramref name="change"/> declined), or null when the adhésion does not exist.
    /// </summary>
    public async Task<AdhesionRecord?> UpdateAsync(string adhesionId,
        Func<AdhesionView, (AdhesionView View, IReadOnlyList<HistoryView> History)?> change, int maxAttempts = 10, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(adhesionId, ct);
            if (current is null) return null;
            if (change(current.View) is not { } next) return current;
            try
            {
                return await UpdateAsync(next.View, current.ETag, next.History, ct);
            }
            catch (ConcurrencyConflictException) when (attempt < maxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), ct);
            }
        }
    }

    /// <summary>Appends history entries on their own (never updated, never deleted).</summary>
    public async Task AppendHistoryAsync(string adhesionId, IEnumerable<HistoryView> entries, CancellationToken ct = default)
    {
        var table = await _adhesions.GetAsync(ct);
        var actions = entries.Select(h => new TableTransactionAction(TableTransactionActionType.Add, AdhesionRows.HistoryEntity(adhesionId, h))).ToList();
        if (actions.Count > 0) await table.SubmitTransactionAsync(actions, ct);
    }

    /// <summary>The history, oldest first.</summary>
    public async Task<IReadOnlyList<HistoryView>> GetHistoryAsync(string adhesionId, CancellationToken ct = default)
    {
        var table = await _adhesions.GetAsync(ct);
        var list = new List<HistoryView>();
        var filter = $"PartitionKey eq {TableKeys.Quote(adhesionId)} and RowKey ge 'h|' and RowKey lt 'h}}'";
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct)) list.Add(AdhesionRows.HistoryFrom(e));
        return list;
    }

    /// <summary>
    /// Emails to the référent that the history calls for (the domain's table) and the ledger does not hold yet: shown as
    /// pending, so the view is complete the moment a command is applied, not only once the workflow has sent them.
    /// </summary>
    private static IEnumerable<NotificationView> Planned(AdhesionView view, IReadOnlyList<HistoryView> history, IReadOnlyList<NotificationView> sent)
    {
        var expected = history.SelectMany(h => NotificationRules.After(h.Event)).Where(r => r.Audience == NotificationAudience.Referent)
            .GroupBy(r => r.Kind);
        foreach (var kind in expected)
        {
            var have = sent.Count(n => n.Kind == kind.Key && string.Equals(n.To, view.Referent.Email, StringComparison.OrdinalIgnoreCase));
            for (var i = have; i < kind.Count(); i++) yield return new NotificationView(kind.Key, view.Referent.Email, null, NotificationStatuses.Pending);
        }
    }
}
