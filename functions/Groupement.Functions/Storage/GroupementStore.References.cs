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
            var number = await block.TakeAsync(() => ReserveAsync(table, groupement.Id, block, ct), ct);
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

    // Moves the counter on by the block's next size, under the block's gate; retries when another process moved it.
    private static async Task ReserveAsync(TableClient table, string groupementId, ReferenceBlock block, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (block.CounterETag is null && !block.CounterAbsent)
            {
                var counter = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, CounterRowKey, cancellationToken: ct);
                var row = counter.HasValue ? counter.Value : null;
                block.Reserved = row?.GetInt64("Next") ?? 0;
                block.CounterETag = row?.ETag;
                block.CounterAbsent = row is null;
            }
            var size = block.NextSize();
            var next = block.Reserved + size;
            var entity = new TableEntity(groupementId, CounterRowKey) { ["Next"] = next };
            try
            {
                var response = block.CounterAbsent
                    ? await table.AddEntityAsync(entity, ct)
                    : await table.UpdateEntityAsync(entity, block.CounterETag!.Value, TableUpdateMode.Replace, ct);
                block.AddReserved(next, response.Headers.ETag);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxReferenceAttempts)
            {
                // Another process moved the counter: read it again.
                block.CounterETag = null;
                block.CounterAbsent = false;
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + 5 * Math.Min(attempt, 10))), ct);
            }
        }
    }

    /// <summary>The numbers this process reserved and has not handed out yet, for one groupement (lowest first).</summary>
    private sealed class ReferenceBlock
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly SortedSet<long> _free = [];
        private int _size;
        private long? _lastReserve;

        public long Reserved { get; set; }

        public ETag? CounterETag { get; set; }

        public bool CounterAbsent { get; set; }

        public async Task<long> TakeAsync(Func<Task> reserve, CancellationToken ct)
        {
            if (TryTake(out var number)) return number;
            await _gate.WaitAsync(ct);
            try
            {
                while (!TryTake(out number)) await reserve();
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

        // One number when the last reservation is old; twice the last block while submissions keep coming.
        public int NextSize()
        {
            var now = Environment.TickCount64;
            _size = now - _lastReserve < (long)BusyWindow.TotalMilliseconds ? Math.Min(Math.Max(1, _size) * 2, MaxBlock) : 1;
            _lastReserve = now;
            return _size;
        }

        public void AddReserved(long next, ETag? etag)
        {
            lock (_free)
                for (var n = Reserved + 1; n <= next; n++) _free.Add(n);
            Reserved = next;
            CounterETag = etag;
            CounterAbsent = false;
        }

        private bool TryTake(out long number)
        {
            lock (_free)
            {
                if (_free.Count == 0)
                {
                    number = 0;
                    return false;
                }
                number = _free.Min;
                _free.Remove(number);
                return true;
            }
        }
    }
}
