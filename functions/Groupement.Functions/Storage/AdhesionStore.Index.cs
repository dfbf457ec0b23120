using Azure.Data.Tables;
using Groupement.Domain.Adhesions;

namespace Groupement.Functions.Storage;

public sealed partial class AdhesionStore
{
    private const string TokenPartition = "~token";

    /// <summary>The adhésions of a groupement, optionally of one status, oldest first.</summary>
    public async Task<IReadOnlyList<AdhesionSummary>> ListAsync(string groupementId, AdhesionStatus? status = null, CancellationToken ct = default)
    {
        var table = await _index.GetAsync(ct);
        var filter = $"PartitionKey eq {TableKeys.Quote(groupementId)}";
        if (status is { } s) filter += $" and Status eq {TableKeys.Quote(s.ToString())}";
        var list = new List<AdhesionSummary>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            list.Add(Summary(groupementId, e));
        return [.. list.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>The adhésions of a groupement filed by one SIREN (to spot a second application).</summary>
    public async Task<IReadOnlyList<AdhesionSummary>> FindBySirenAsync(string groupementId, string siren, CancellationToken ct = default)
    {
        // Filtered by the service: the answer is a row or two, not the whole groupement (one page, not N/1000).
        var table = await _index.GetAsync(ct);
        var list = new List<AdhesionSummary>();
        await foreach (var e in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(groupementId)} and Siren eq {TableKeys.Quote(siren)}", cancellationToken: ct))
            list.Add(Summary(groupementId, e));
        return [.. list.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    private static AdhesionSummary Summary(string groupementId, TableEntity e) =>
        new(e.RowKey, groupementId, Enum.Parse<AdhesionStatus>(e.GetString("Status")),
            e.GetString("Siren") ?? "", e.GetString("MemberName") ?? "", e.GetString("Kind") ?? "",
            e.GetInt32("TotalAccounts") ?? 0, e.GetDateTimeOffset("CreatedAt") ?? default, e.GetDateTimeOffset("UpdatedAt") ?? default)
        {
            Reference = e.GetString("Reference"),
            InseeCode = e.GetString("InseeCode"),
            Errors = e.GetInt32("Errors") ?? 0,
            Warnings = e.GetInt32("Warnings") ?? 0,
        };

    /// <summary>How many adhésions of the groupement are in each status (every status present, zero included).</summary>
    public async Task<IReadOnlyDictionary<AdhesionStatus, int>> CountByStatusAsync(string groupementId, CancellationToken ct = default)
    {
        var table = await _index.GetAsync(ct);
        var counts = Enum.GetValues<AdhesionStatus>().ToDictionary(s => s, _ => 0);
        await foreach (var e in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(groupementId)}", select: ["Status"], cancellationToken: ct))
            if (Enum.TryParse<AdhesionStatus>(e.GetString("Status"), out var s)) counts[s]++;
        return counts;
    }

    /// <summary>Registers a member token (by its hash) as opening this adhésion.</summary>
    public async Task AddMemberTokenAsync(string adhesionId, string groupementId, string memberTokenHash, CancellationToken ct = default)
    {
        var table = await _index.GetAsync(ct);
        await table.UpsertEntityAsync(new TableEntity(TokenPartition, TableKeys.Escape(memberTokenHash))
        {
            ["AdhesionId"] = adhesionId,
            ["GroupementId"] = groupementId,
        }, TableUpdateMode.Replace, ct);
    }

    /// <summary>The adhésion a member token hash opens, or null.</summary>
    public async Task<AdhesionRef?> FindByMemberTokenHashAsync(string memberTokenHash, CancellationToken ct = default)
    {
        var table = await _index.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TokenPartition, TableKeys.Escape(memberTokenHash), cancellationToken: ct);
        return row.HasValue && row.Value is { } e ? new AdhesionRef(e.GetString("AdhesionId"), e.GetString("GroupementId")) : null;
    }

    // Older than any server timestamp (the Table service's earliest date): any later sync replaces the row.
    private static readonly DateTimeOffset BeforeAnyVersion = new(1601, 1, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The index row of an adhésion just created, written without reading anything back. When a row is already there,
    /// a sync that read the view row after its creation (or an earlier attempt of the same request) wrote it: it stays.
    /// </summary>
    private static async Task AddIndexAsync(TableClient index, AdhesionView view, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await index.AddEntityAsync(IndexEntity(view, now, now, BeforeAnyVersion), ct);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 409)
        {
        }
    }

    private static TableEntity IndexEntity(AdhesionView view, DateTimeOffset createdAt, DateTimeOffset updatedAt, DateTimeOffset sourceTimestamp)
    {
        var e = new TableEntity(view.GroupementId, view.Id)
        {
            ["Status"] = view.Status.ToString(),
            ["Siren"] = view.Member.Siren,
            ["MemberName"] = view.Member.Name,
            ["Kind"] = view.Member.Kind,
            ["TotalAccounts"] = view.Needs.Sum(n => n.Accounts),
            ["CreatedAt"] = createdAt,
            ["UpdatedAt"] = updatedAt,
            ["SourceTimestamp"] = sourceTimestamp,
            ["Errors"] = view.Findings.Count(f => f.Severity == FindingView.Error),
            ["Warnings"] = view.Findings.Count(f => f.Severity == FindingView.Warning),
        };
        if (view.Reference is not null) e["Reference"] = view.Reference;
        if (view.Member.InseeCode is not null) e["InseeCode"] = view.Member.InseeCode;
        return e;
    }

    /// <summary>
    /// Brings the groupement index row (the compact summary the console lists, filters and sorts in memory) in line
    /// with the view row: called wherever the read model is written, so the summary follows every projection. Guarded by the view row's server timestamp and the
    /// index row's ETag, so a slow writer never puts an older status over a newer one.
    /// </summary>
    public async Task SyncIndexAsync(string adhesionId, CancellationToken ct = default)
    {
        var adhesions = await _adhesions.GetAsync(ct);
        var index = await _index.GetAsync(ct);
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var source = await adhesions.GetEntityIfExistsAsync<TableEntity>(adhesionId, AdhesionRows.ViewRowKey, cancellationToken: ct);
            if (!source.HasValue || source.Value is not { } row) return;
            var view = AdhesionRows.FromEntity(row);
            var version = row.Timestamp ?? default;
            var existing = await index.GetEntityIfExistsAsync<TableEntity>(view.GroupementId, view.Id, cancellationToken: ct);
            var old = existing.HasValue ? existing.Value : null;
            if (old?.GetDateTimeOffset("SourceTimestamp") is { } seen && seen > version) return;
            var e = IndexEntity(view, old?.GetDateTimeOffset("CreatedAt") ?? row.GetDateTimeOffset("UpdatedAt") ?? version,
                row.GetDateTimeOffset("UpdatedAt") ?? version, version);
            try
            {
                if (old is null) await index.AddEntityAsync(e, ct);
                else await index.UpdateEntityAsync(e, old.ETag, TableUpdateMode.Replace, ct);
                return;
            }
            catch (Azure.RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // another writer got there first: look again
            }
        }
    }
}
