using System.Security.Cryptography;
using System.Text;

namespace Groupement.Functions.Storage;

/// <summary>
/// SHA-256 over named request parts, so that a retried multipart request (new boundary, same fields and files) gets
/// the same fingerprint. Add the JSON parts as text and files by their SHA-256, in a fixed order.
/// </summary>
public sealed class RequestFingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public RequestFingerprint Add(string name, string? value)
    {
        Write(name);
        Write(value ?? "\0null");
        return this;
    }

    public RequestFingerprint Add(string name, ReadOnlySpan<byte> value)
    {
        Write(name);
        Span<byte> len = stackalloc byte[8];
        BitConverter.TryWriteBytes(len, (long)value.Length);
        _hash.AppendData(len);
        _hash.AppendData(value);
        return this;
    }

    /// <summary>Lower-case hex SHA-256; the builder cannot be used afterwards.</summary>
    public string ToHex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    // Length-prefixed, so ("ab","c") and ("a","bc") differ.
    private void Write(string s) => Add(Encoding.UTF8.GetBytes(s));

    private void Add(byte[] bytes)
    {
        Span<byte> len = stackalloc byte[8];
        BitConverter.TryWriteBytes(len, (long)bytes.Length);
        _hash.AppendData(len);
        _hash.AppendData(bytes);
    }
}
