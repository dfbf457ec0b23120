using System.Security.Cryptography;
using System.Text;

namespace Groupement.Functions.Auth;

/// <summary>Reads the bearer credential of a request and compares secrets in constant time. Never log what it returns.</summary>
public static class BearerToken
{
    /// <summary>The bearer token of the request, or null.</summary>
    public static string? Read(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim() : null;
    }

    /// <summary>Constant-time equality of two secrets (compared through their SHA-256 so lengths do not leak).</summary>
    public static bool SecretEquals(string? presented, string expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
