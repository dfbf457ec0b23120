using System.IO.Compression;
using System.Security.Cryptography;

namespace Groupement.LocalHost.Web;

/// <summary>One file of <c>web/</c> as served: its bytes (asset references already fingerprinted), precompressed forms, ETag.</summary>
public sealed class StaticFile
{
    private const int MinCompressedSize = 256;

    public StaticFile(string path, byte[] content, string contentType, string cacheControl)
    {
        Path = path;
        Content = content;
        ContentType = contentType;
        CacheControl = cacheControl;
        Hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (Compressible(contentType) && content.Length >= MinCompressedSize)
        {
            Brotli = Smaller(Compress(content, s => new BrotliStream(s, CompressionLevel.SmallestSize)));
            Gzip = Smaller(Compress(content, s => new GZipStream(s, CompressionLevel.SmallestSize)));
        }
    }

    /// <summary>The path under <c>web/</c>, with '/' separators (e.g. <c>assets/site.css</c>).</summary>
    public string Path { get; }

    public byte[] Content { get; }
    public byte[]? Brotli { get; }
    public byte[]? Gzip { get; }
    public string ContentType { get; }
    public string CacheControl { get; }

    /// <summary>SHA-256 of the served content (hex), the source of the fingerprint and of the ETag.</summary>
    public string Hash { get; }

    /// <summary>Whether a response varies with Accept-Encoding.</summary>
    public bool Compressed => Brotli is not null || Gzip is not null;

    /// <summary>A strong ETag per representation (RFC 9110 §8.8.3: each encoding is its own representation).</summary>
    public string ETag(string? encoding) => encoding switch
    {
        "br" => $"\"{Hash[..32]}-br\"",
        "gzip" => $"\"{Hash[..32]}-gz\"",
        _ => $"\"{Hash[..32]}\"",
    };

    private byte[]? Smaller(byte[] compressed) => compressed.Length < Content.Length ? compressed : null;

    private static byte[] Compress(byte[] content, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var stream = wrap(output)) stream.Write(content);
        return output.ToArray();
    }

    private static bool Compressible(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) ||
        type.Contains("javascript", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal) ||
        type.Contains("xml", StringComparison.Ordinal);
}
