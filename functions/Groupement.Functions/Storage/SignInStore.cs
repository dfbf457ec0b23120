using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>
/// Sign-in links and sessions, each under the SHA-256 of its secret (partition = hash, row <c>link</c> or
/// <c>session</c>): the secrets themselves exist only in the email and in the person's cookie.
/// </summary>
public sealed class SignInStore(TableServiceClient tables, StorageNames? names = null)
{
    private const string LinkRow = "link";
    private const string SessionRow = "session";
    private readonly LazyTable _table = new(tables, (names ?? new StorageNames()).SignIn);

    public async Task AddLinkAsync(string tokenHash, string email, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        await table.AddEntityAsync(new TableEntity(tokenHash, LinkRow) { ["Email"] = email, ["ExpiresAt"] = expiresAt }, ct);
    }

    /// <summary>
    /// Uses the link once: the address it was sent to, or null when it is unknown, expired or already used. The row is
    /// marked used under its ETag, so of two concurrent exchanges exactly one wins.
    /// </summary>
    public async Task<string?> ConsumeLinkAsync(string tokenHash, DateTimeOffset now, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(tokenHash, LinkRow, cancellationToken: ct);
        if (!row.HasValue || row.Value is not { } link) return null;
        if (link.GetDateTimeOffset("UsedAt") is not null || (link.GetDateTimeOffset("ExpiresAt") ?? default) <= now) return null;
        try
        {
            await table.UpdateEntityAsync(new TableEntity(tokenHash, LinkRow) { ["UsedAt"] = now }, link.ETag, TableUpdateMode.Merge, ct);
            return link.GetString("Email");
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task CreateSessionAsync(string sessionHash, SessionRecord session, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        await table.AddEntityAsync(new TableEntity(sessionHash, SessionRow)
        {
            ["Json"] = JsonSerializer.Serialize(session, StorageJson.Options), ["ExpiresAt"] = session.ExpiresAt,
        }, ct);
    }

    public async Task<SessionRecord?> GetSessionAsync(string sessionHash, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(sessionHash, SessionRow, cancellationToken: ct);
        return row.HasValue && row.Value is { } e ? JsonSerializer.Deserialize<SessionRecord>(e.GetString("Json"), StorageJson.Options) : null;
    }

    /// <summary>Ends a session (sign-out, or one found expired).</summary>
    public async Task DeleteSessionAsync(string sessionHash, CancellationToken ct = default)
    {
        var table = await _table.GetAsync(ct);
        try
        {
            await table.DeleteEntityAsync(sessionHash, SessionRow, ETag.All, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }
}
