namespace Groupement.Documents;

/// <summary>Bounds of <see cref="PdfSignatureVerifier"/>: the whole file is held in memory, plus one copy of the signed bytes.</summary>
public sealed record PdfSignatureLimits
{
    /// <summary>Same as the host's upload limit (20 MB).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Signature dictionaries examined; later ones are ignored (a convention has two or three).</summary>
    public int MaxSignatures { get; init; } = 10;

    /// <summary>Size of one CMS structure; real ones (with chain and timestamp) are under 32 KiB.</summary>
    public int MaxContentsBytes { get; init; } = 256 * 1024;
}
