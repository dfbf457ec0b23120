using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>
/// The staff of each groupement. Partition = groupementId: one row per person (<c>id|</c>) and one per address
/// (<c>email|</c>, written in the same transaction, so an address is staff of a groupement at most once). Partition
/// <c>~person|{email}</c> indexes the groupements of an address for sign-in (row = groupementId); it is only a hint,
/// every use reads the groupement's own rows.
/// </summary>
public sealed class StaffStore(TableServiceClient tables, StorageNames? names = null)
{
    private const string IdPrefix = "id|";
    private const string EmailPrefix = "email|";
    private readonly LazyTable _table = new(tables, (names ?? new StorageNames()).Staff);

    /// <summary>The form an address is kept and compared in.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <exception cref="EntityAlreadyExistsException">The address is already staff of this groupement.</exception>
    public async Task AddAsync(StaffRecord staff, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var table = await _table.GetAsync(ct);
        var row = new TableEntity(staff.GroupementId, IdPrefix + staff.Id) { ["Json"] = JsonSerializer.Serialize(staff, StorageJson.Options), ["Email"] = staff.Email };
        var byEmail = new TableEntity(staff.GroupementId, EmailPrefix + TableKeys.Escape(staff.Email)) { ["StaffId"] = staff.Id };
        try
        {
            await table.SubmitTransactionAsync([new(TableTransactionActionType.Add, row), new(TableTransactionActionType.Add, byEmail)], ct);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            throw new EntityAlreadyExistsException($"{staff.GroupementId} already has this address on its staff.", ex);
        }
        try
        {
            await table.UpsertEntityAsync(new TableEntity(PersonPartition(staff.Email), staff.GroupementId) { ["StaffId"] = staff.Id },
                TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException)
        {
            // Without its index row the person could not sign in to this groupement: take the rows back, the caller retries.
            await DeleteRowsAsync(table, staff, CancellationToken.None);
            throw;
        }
    }

    public async Task<StaffRecord?> GetAsync(string groupementId, string staffId, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, IdPrefix + TableKeys.Escape(staffId), cancellationToken: ct);
        return row.HasValue && row.Value is { } e ? Read(e) : null;
    }

    /// <summary>The staff row of <paramref name="email"/> in this groupement, or null.</summary>
    public async Task<StaffRecord?> FindByEmailAsync(string groupementId, string email, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var key = await table.GetEntityIfExistsAsync<TableEntity>(groupementId, EmailPrefix + TableKeys.Escape(NormalizeEmail(email)), cancellationToken: ct);
        return key.HasValue && key.Value is { } k ? await GetAsync(groupementId, k.GetString("StaffId"), ct) : null;
    }

    /// <summary>The staff of a groupement, by name.</summary>
    public async Task<IReadOnlyList<StaffRecord>> ListAsync(string groupementId, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var filter = $"PartitionKey eq {TableKeys.Quote(groupementId)} and RowKey ge 'id|' and RowKey lt 'id}}'";
        var list = new List<StaffRecord>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: ct)) list.Add(Read(e));
        return [.. list.OrderBy(s => s.Name, StringComparer.CurrentCulture).ThenBy(s => s.Email, StringComparer.Ordinal)];
    }

    /// <summary>Every staff row of <paramref name="email"/>, across groupements (checked against each groupement's rows).</summary>
    public async Task<IReadOnlyList<StaffRecord>> FindAllByEmailAsync(string email, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var normalized = NormalizeEmail(email);
        var list = new List<StaffRecord>();
        await foreach (var hint in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(PersonPartition(normalized))}", cancellationToken: ct))
            if (await GetAsync(hint.RowKey, hint.GetString("StaffId"), ct) is { } staff && staff.Email == normalized) list.Add(staff);
        return list;
    }

    /// <summary>Removes a person from a groupement's staff; false when there was no such person.</summary>
    public async Task<bool> RemoveAsync(string groupementId, string staffId, CancellationToken ct = default)
    {
        var staff = await GetAsync(groupementId, staffId, ct);
        if (staff is null) return false;
        var table = await _table.GetAsync(ct);
        if (!await DeleteRowsAsync(table, staff, ct)) return false;
        try
        {
            await table.DeleteEntityAsync(PersonPartition(staff.Email), groupementId, ETag.All, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
        return true;
    }

    private static async Task<bool> DeleteRowsAsync(TableClient table, StaffRecord staff, CancellationToken ct)
    {
        try
        {
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Delete, new TableEntity(staff.GroupementId, IdPrefix + staff.Id), ETag.All),
                new(TableTransactionActionType.Delete, new TableEntity(staff.GroupementId, EmailPrefix + TableKeys.Escape(staff.Email)), ETag.All),
            ], ct);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private static string PersonPartition(string email) => "~person|" + TableKeys.Escape(NormalizeEmail(email));

    private static StaffRecord Read(TableEntity e) =>
        JsonSerializer.Deserialize<StaffRecord>(e.GetString("Json"), StorageJson.Options)
        ?? throw new InvalidOperationException($"Staff row {e.PartitionKey}/{e.RowKey} is empty.");
}
