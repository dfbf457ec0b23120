using Azure;
using Azure.Data.Tables;
using Groupement.Domain.Dossiers;
using Groupement.Domain.Time;

namespace Groupement.Functions.Storage;

public sealed partial class GroupementStore
{
    private const string CounterRowKey = "refcounter";
    private const string ReferencePrefix = "ref|";
    private const int MaxReferenceAttempts = 200;
    private const int MaxBlock = 32;
    private static readonly TimeSpan BusyWindow = TimeSpan.FromSeconds(2);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ReferenceBlock> _blocks = new(StringComparer.Ordinal);

    /// <summary>
    /// The adhésion's short dossier number, allocated once. The groupement's counter row (ETag-guarded) reserves
    /// numbers for this process, one at a time when submissions are rare and in growing blocks (up to 32) while they
    /// pour in, so a deadline rush does not queue on one row; a claim row per adhésion (an atomic insert) binds the
    /// number, so concurrent submissions never share one and a retried submission (same adhésion id) gets back the
    /// number it had. A number whose claim lost to an earlier one goes back to the pool; numbers reserved by a process
    /// that stops unused, or whose claim insert failed without an answer, are skipped (a gap, never a duplicate).
    /// </summary>
    public async Task<string> AllocateReferenceAsync(GroupementRecord groupement, string adhesionId, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(groupement);
        var table = await _table.GetAsync(ct);
        var claimKey = ReferencePrefix + TableKeys.Escape(adhesionId);
        var block = _blocks.GetOrAdd(groupement.Id, _ => new ReferenceBlock());
        for (var attempt = 1; ; attempt++)
        {
            var number = await block.TakeAsync(table, groupement.Id, ct);
            var reference = DossierReference.Format(groupement.EffectiveReferencePrefix, Paris.ToCivilDay(now).Year, number);
            try
            {
                await table.AddEntityAsync(new TableEntity(groupement.Id, claimKey) { ["Reference"] = reference, ["Number"] = number, ["AdhesionId"] = adhesionId }, ct);
                return reference;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // This adhésion has a number already. A retried insert of this very claim (its first try landed, its
                // answer was lost) also lands here: the number goes back to the pool only when the claim holds another.
                var claim = await table.GetEntityIfExistsAsync<TableEntity>(groupement.Id, claimKey, cancellationToken: ct);
                if (!(claim.HasValue && claim.Value?.GetInt64("Number") == number)) block.Return(number);
                if (claim.HasValue && claim.Value?.GetString("Reference") is { } existing) return existing;
                if (attempt >= MaxReferenceAttempts) throw;
            }
            // Any other failure keeps the number out of the pool: the insert may have landed (a gap, never a duplicate).
        }
    }

    /// <summary>
    /// The numbers this process reserved and has not handed out yet, for one groupement (lowest first), and what it
    /// last knew of the counter row (its value and ETag; no ETag once known means the row does not exist yet).
    /// </summary>
    private sealed class ReferenceBlock
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly SortedSet<long> _free = [];
        private bool _counterKnown;
        private long _reserved;
        private ETag? _counterETag;
        private int _size;
        private long? _lastReserve;

        public async Task<long> TakeAsync(TableClient table, string groupementId, CancellationToken ct)
        {
            if (TryTake(out var number)) return number;
            await _gate.WaitAsync(ct);
            try
            {
                while (!TryTake(out number)) await ReserveAsync(table, groupementId, ct);
                return number;
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Return(long number)
        {
            lock (_free) _free.Add(number);
        }

        // Moves the counter on by the next block's size (under the gate); reads it again when another process moved it.
        private async Task ReserveAsync(TableClient table, string groupementId, CancellationToken ct)
        {
            for (var attempt = 1; ; attempt++)
            {
                if (!_counterKnown)
                {
                    var counter = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, CounterRowKey, cancellationToken: ct);
                    var row = counter.HasValue ? counter.Value : null;
                    (_reserved, _counterETag, _counterKnown) = (row?.GetInt64("Next") ?? 0, row?.ETag, true);
                }
                var next = _reserved + NextSize();
                var entity = new TableEntity(groupementId, CounterRowKey) { ["Next"] = next };
                try
                {
                    var response = _counterETag is { } etag
                        ? await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, ct)
                        : await table.AddEntityAsync(entity, ct);
                    lock (_free)
                        for (var n = _reserved + 1; n <= next; n++) _free.Add(n);
                    (_reserved, _counterETag) = (next, response.Headers.ETag);
                    return;
                }
                catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxReferenceAttempts)
                {
                    _counterKnown = false;
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + 5 * Math.Min(attempt, 10))), ct);
                }
            }
        }

        // One number when the last reservation is old; twice the last block while submissions keep coming.
        private int NextSize()
        {
            var now = Environment.TickCount64;
            _size = now - _lastReserve < (long)BusyWindow.TotalMilliseconds ? Math.Min(Math.Max(1, _size) * 2, MaxBlock) : 1;
            _lastReserve = now;
            return _size;
        }

        private bool TryTake(out long number)
        {
            lock (_free)
            {
                number = _free.Count > 0 ? _free.Min : 0;
                return number > 0 && _free.Remove(number);
            }
        }
    }
}
