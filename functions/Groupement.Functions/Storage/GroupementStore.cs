using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>
/// Groupements and their invitations. Partition = groupementId: the groupement row, one row per invited SIREN and
/// one row per invitation token hash (so a token lookup is a point read and re-inviting swaps tokens atomically).
/// </summary>
public sealed partial class GroupementStore
{
    private const string GroupementRowKey = "groupement";
    private const string InvitationPrefix = "inv|";
    private const string TokenPrefix = "tok|";
    private readonly LazyTable _table;

    public GroupementStore(TableServiceClient tables, StorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = new LazyTable(tables, (names ?? new StorageNames()).Groupements);
    }

    /// <exception cref="EntityAlreadyExistsException">A groupement with this id exists.</exception>
    public async Task CreateAsync(GroupementRecord groupement, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(groupement);
        var table = await _table.GetAsync(ct);
        var e = new TableEntity(groupement.Id, GroupementRowKey)
        {
            ["Json"] = JsonSerializer.Serialize(groupement, StorageJson.Options),
            ["Name"] = groupement.Name,
            ["JoinDeadline"] = groupement.JoinDeadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            await table.AddEntityAsync(e, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw new EntityAlreadyExistsException($"Groupement {groupement.Id} already exists.", ex);
        }
    }

    /// <summary>
    /// The groupement, or null. Its row is written once (<see cref="CreateAsync"/>) and never changed, so what this
    /// process read is kept for a minute: a rush of submissions and their workflows read it once.
    /// </summary>
    public async Task<GroupementRecord?> GetAsync(string groupementId, CancellationToken ct = default)
    {
        if (_read.TryGetValue(groupementId, out var known) && Environment.TickCount64 - known.At < (long)RememberFor.TotalMilliseconds)
            return known.Record;
        var table = await _table.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, GroupementRowKey, cancellationToken: ct);
        if (!row.HasValue || row.Value is not { } e) return null;
        var record = Read(e);
        if (_read.Count >= MaxRemembered) _read.Clear();
        _read[groupementId] = (record, Environment.TickCount64);
        return record;
    }

    // How long a groupement read stays in this process: a bound, should the row ever change.
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(1);

    private const int MaxRemembered = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (GroupementRecord Record, long At)> _read = new(StringComparer.Ordinal);

    /// <summary>Every groupement (for the daily sweeps).</summary>
    public async Task<IReadOnlyList<GroupementRecord>> ListAsync(CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var list = new List<GroupementRecord>();
        await foreach (var e in table.QueryAsync<TableEntity>($"RowKey eq '{GroupementRowKey}'", cancellationToken: ct)) list.Add(Read(e));
        return list;
    }

    /// <summary>Adds or renews an invitation; a renewed one gets the new token and the old token stops working.</summary>
    public async Task UpsertInvitationAsync(string groupementId, InvitationRecord invitation, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var table = await _table.GetAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, InvitationKey(invitation.Siren), cancellationToken: ct);
            var old = existing.HasValue ? existing.Value : null;
            var row = InvitationEntity(groupementId, invitation with
            {
                SubmittedAdhesionId = invitation.SubmittedAdhesionId ?? old?.GetString("SubmittedAdhesionId"),
                LastRemindedAt = invitation.LastRemindedAt ?? old?.GetDateTimeOffset("LastRemindedAt"),
            });
            var actions = new List<TableTransactionAction>
            {
                old is null ? new(TableTransactionActionType.Add, row) : new(TableTransactionActionType.UpdateReplace, row, old.ETag),
                new(TableTransactionActionType.UpsertReplace, new TableEntity(groupementId, TokenPrefix + TableKeys.Escape(invitation.MemberTokenHash)) { ["Siren"] = invitation.Siren }),
            };
            if (old?.GetString("MemberTokenHash") is { } oldHash && oldHash != invitation.MemberTokenHash)
                actions.Add(new(TableTransactionActionType.Delete, new TableEntity(groupementId, TokenPrefix + TableKeys.Escape(oldHash)), ETag.All));
            try
            {
                await table.SubmitTransactionAsync(actions, ct);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404 && attempt < 10)
            {
            }
        }
    }

    public async Task<InvitationRecord?> GetInvitationAsync(string groupementId, string siren, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, InvitationKey(siren), cancellationToken: ct);
        return row.HasValue && row.Value is { } e ? ReadInvitation(e) : null;
    }

    /// <summary>The invitation of this groupement whose token hashes to <paramref name="memberTokenHash"/>, or null.</summary>
    public async Task<InvitationRecord?> FindInvitationByTokenHashAsync(string groupementId, string memberTokenHash, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var token = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, TokenPrefix + TableKeys.Escape(memberTokenHash), cancellationToken: ct);
        return token.HasValue && token.Value is { } t ? await GetInvitationAsync(groupementId, t.GetString("Siren"), ct) : null;
    }

    public async Task<IReadOnlyList<InvitationRecord>> ListInvitationsAsync(string groupementId, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var filter = $"PartitionKey eq {TableKeys.Quote(groupementId)} and RowKey ge 'inv|' and RowKey lt 'inv}}'";
        var list = new List<InvitationRecord>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct)) list.Add(ReadInvitation(e));
        return list;
    }

    /// <summary>Links the invitation to the adhésion it led to; false when there is no such invitation.</summary>
    public async Task<bool> MarkInvitationSubmittedAsync(string groupementId, string siren, string adhesionId, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(groupementId, InvitationKey(siren)) { ["SubmittedAdhesionId"] = adhesionId },
                ETag.All, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private static string InvitationKey(string siren) => InvitationPrefix + TableKeys.Escape(siren);

    private static GroupementRecord Read(TableEntity e) =>
        JsonSerializer.Deserialize<GroupementRecord>(e.GetString("Json"), StorageJson.Options)
        ?? throw new InvalidOperationException($"Groupement row {e.PartitionKey} is empty.");

    private static TableEntity InvitationEntity(string groupementId, InvitationRecord i)
    {
        var e = new TableEntity(groupementId, InvitationKey(i.Siren))
        {
            ["Siren"] = i.Siren,
            ["Name"] = i.Name,
            ["Email"] = i.Email,
            ["MemberTokenHash"] = i.MemberTokenHash,
            ["InvitedAt"] = i.InvitedAt,
        };
        if (i.SubmittedAdhesionId is not null) e["SubmittedAdhesionId"] = i.SubmittedAdhesionId;
        if (i.InvitedBy is not null) e["InvitedBy"] = i.InvitedBy;
        if (i.LastRemindedAt is { } reminded) e["LastRemindedAt"] = reminded;
        return e;
    }

    private static InvitationRecord ReadInvitation(TableEntity e) => new(
        e.GetString("Siren") ?? "", e.GetString("Name") ?? "", e.GetString("Email") ?? "", e.GetString("MemberTokenHash") ?? "",
        e.GetDateTimeOffset("InvitedAt") ?? default, e.GetString("SubmittedAdhesionId"), e.GetString("InvitedBy"), e.GetDateTimeOffset("LastRemindedAt"));
}
