using Azure.Data.Tables;
using Groupement.Domain.Dossiers;
using Groupement.Domain.Time;

namespace Groupement.Functions.Storage;

public sealed partial class GroupementStore
{
    private const string CounterRowKey = "refcounter";
    private const string ReferencePrefix = "ref|";
    private const int MaxReferenceAttempts = 200;

    /// <summary>
    /// The adhésion's short dossier number, allocated once: the groupement's counter row (ETag-guarded) and a claim row
    /// for the adhésion commit in one transaction, so concurrent submissions never share a number and a retried
    /// submission (same adhésion id) gets back the number it had.
    /// </summary>
    public async Task<string> AllocateReferenceAsync(GroupementRecord groupement, string adhesionId, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(groupement);
        var table = await _table.GetAsync(ct);
        var claimKey = ReferencePrefix + TableKeys.Escape(adhesionId);
        for (var attempt = 1; ; attempt++)
        {
            // Both rows read at once: the window in which another submission can take the number is one round trip.
            var claimRead = table.GetEntityIfExistsAsync<TableEntity>(groupement.Id, claimKey, cancellationToken: ct);
            var counterRead = table.GetEntityIfExistsAsync<TableEntity>(groupement.Id, CounterRowKey, cancellationToken: ct);
            await Task.WhenAll(claimRead, counterRead);
            var claim = await claimRead;
            if (claim.HasValue && claim.Value?.GetString("Reference") is { } existing) return existing;
            var counter = await counterRead;
            var old = counter.HasValue ? counter.Value : null;
            var next = (old?.GetInt64("Next") ?? 0) + 1;
            var reference = DossierReference.Format(groupement.EffectiveReferencePrefix, Paris.ToCivilDay(now).Year, next);
            var row = new TableEntity(groupement.Id, CounterRowKey) { ["Next"] = next };
            var actions = new List<TableTransactionAction>
            {
                old is null ? new(TableTransactionActionType.Add, row) : new(TableTransactionActionType.UpdateReplace, row, old.ETag),
                new(TableTransactionActionType.Add, new TableEntity(groupement.Id, claimKey) { ["Reference"] = reference, ["Number"] = next, ["AdhesionId"] = adhesionId }),
            };
            try
            {
                await table.SubmitTransactionAsync(actions, ct);
                return reference;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxReferenceAttempts)
            {
                // Another submission took this number (or this adhésion's claim landed meanwhile): look again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + 5 * Math.Min(attempt, 10))), ct);
            }
        }
    }
}
