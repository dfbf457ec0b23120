using System.Security.Cryptography;
using System.Text;
using Groupement.Functions.Hosting;

namespace Groupement.Functions.Http;

/// <summary>A position in a listing: how many items came before, the last one shown, and the query it belongs to.</summary>
public sealed record ListPosition(int Offset, string LastId, string QueryHash);

/// <summary>
/// Opaque continuation tokens: the position, base64url, with an HMAC (key derived from the admin key) so a caller can
/// neither forge nor edit one; a token of another query is refused too.
/// </summary>
public sealed class ContinuationTokens(HostSettings settings)
{
    public const string InvalidCode = "INVALID_CONTINUATION_TOKEN";
    private readonly byte[] _key = SHA256.HashData(Encoding.UTF8.GetBytes("groupement-continuation\n" + settings.AdminKey));

    public string Issue(ListPosition position)
    {
        var payload = Encoding.UTF8.GetBytes($"1|{position.Offset}|{position.LastId}|{position.QueryHash}");
        return Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(_key, payload)[..16]);
    }

    /// <summary>The position in <paramref name="token"/> for the query <paramref name="queryHash"/>, or a 400 problem.</summary>
    public ListPosition Read(string token, string queryHash)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || FromBase64Url(parts[0]) is not { } payload || FromBase64Url(parts[1]) is not { } mac
            || !CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_key, payload)[..16]))
            throw Invalid("Ce jeton de continuation n'est pas valide ; recommencez depuis la première page.");
        var fields = Encoding.UTF8.GetString(payload).Split('|');
        if (fields.Length != 4 || fields[0] != "1" || !int.TryParse(fields[1], out var offset) || offset < 0)
            throw Invalid("Ce jeton de continuation n'est pas valide ; recommencez depuis la première page.");
        if (fields[3] != queryHash)
            throw Invalid("Ce jeton de continuation appartient à une autre recherche (filtres ou tri différents) ; recommencez depuis la première page.");
        return new ListPosition(offset, fields[2], fields[3]);
    }

    /// <summary>A short hash of the parts of a query that decide the order and the set (not the page size).</summary>
    public static string HashQuery(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts.Select(p => p ?? "")))))[..16];

    private static ApiProblemException Invalid(string message) => ApiProblemException.Field(InvalidCode, "continuationToken", message);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        if (text.Length == 0 || text.Length > 2000) return null;
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
        try
        {
            return Convert.FromBase64String(s);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
