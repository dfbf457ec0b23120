using System.Security.Cryptography;
using System.Text;

namespace Groupement.Functions.Storage;

/// <summary>
/// Bearer secrets (coordinator keys, member tokens): 32 random bytes, base64url. Only the SHA-256 is stored: for a
/// high-entropy token a plain hash is enough (no dictionary to attack); comparisons are constant-time.
/// </summary>
public static class SecretHasher
{
    public static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 token; safe as a table key.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Whether <paramref name="token"/> hashes to <paramref name="expectedHash"/>, in constant time.</summary>
    public static bool Verify(string? token, string? expectedHash)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(expectedHash)) return false;
        var actual = Encoding.ASCII.GetBytes(Hash(token));
        var expected = Encoding.ASCII.GetBytes(expectedHash.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Constant-time equality of two secrets (e.g. the admin key from configuration).</summary>
    public static bool FixedTimeEquals(string? a, string? b)
    {
        if (a is null || b is null) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
    }
}
