namespace Groupement.Documents;

/// <summary>Bounds and tools of <see cref="OcrReader"/>. The defaults are the documented bounds (README.md).</summary>
public sealed record OcrOptions
{
    /// <summary>A scan with more pages is refused whole (DOCUMENT_TOO_MANY_PAGES): a délibération has one to five.</summary>
    public int MaxPages { get; init; } = 20;

    /// <summary>Same as the host's upload limit (20 MB).</summary>
    public long MaxPdfBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Rasterisation resolution; lowered for a page that would exceed <see cref="MaxPagePixels"/>.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Below this resolution a page is not worth reading (DOCUMENT_PAGE_TOO_LARGE).</summary>
    public int MinDpi { get; init; } = 100;

    /// <summary>Pixels of one rasterised page: A4 at 300 dpi is 8.7 million, A3 17.4 million; 8-bit grey, so as many bytes.</summary>
    public long MaxPagePixels { get; init; } = 36_000_000;

    /// <summary>pdftoppm plus tesseract for one page.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The whole document, availability check excluded.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Address space of each child process (through util-linux prlimit when it is on PATH).</summary>
    public long ProcessMemoryLimitBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>What one child may write on its standard output (tesseract's TSV of a dense page is about 100 KB).</summary>
    public int MaxOutputChars { get; init; } = 4 * 1024 * 1024;

    /// <summary>Below this mean word confidence (0–1) the reading is a warning.</summary>
    public double LowConfidence { get; init; } = 0.6;

    /// <summary>Documents read at once by one <see cref="OcrReader"/> instance (share one instance); others wait their turn.
    /// Each read uses one core and at most ~150 MB (measured: tesseract 125–135 MB on an A4 page at 300 dpi).</summary>
    public int MaxConcurrentReads { get; init; } = 1;

    public string Language { get; init; } = "fra";
    public string TesseractPath { get; init; } = "tesseract";
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Where a per-call temporary folder is made (and deleted); null: the system's temp folder.</summary>
    public string? TempDirectory { get; init; }
}
