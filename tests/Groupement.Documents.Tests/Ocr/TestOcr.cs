namespace Groupement.Documents.Tests.Ocr;

/// <summary>OCR tests run one at a time (each keeps a core busy) with timeouts sized for a shared, loaded machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TestOcr
{
    public const string Name = "ocr";

    /// <summary>The product's bounds, with timeouts five times longer: the functional tests are not timing tests.</summary>
    public static OcrOptions Options { get; } = new() { PageTimeout = TimeSpan.FromMinutes(5), TotalTimeout = TimeSpan.FromMinutes(10) };

    private static readonly Lazy<Task<byte[]>> CommuneScan = new(() => TestScan.FromTextAsync(ScannedDeliberations.Commune));

    /// <summary>The commune's délibération scanned once for all the tests.</summary>
    public static Task<byte[]> CommuneScanAsync() => CommuneScan.Value;
}
