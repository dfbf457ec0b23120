using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Groupement.Documents;

/// <summary>
/// Reads a scanned PDF: each page rasterised by poppler's pdftoppm (grey, 300 dpi), then recognised by Tesseract
/// (French, TSV output for word confidences). Bounded in pages, pixels, time (per page and in all), output and memory;
/// temporary files are deleted. Thread-safe; one call uses one core at a time.
/// </summary>
public sealed class OcrReader
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<OcrAvailability>>> Availability = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim slots;

    public OcrReader(OcrOptions? options = null)
    {
        Options = options ?? new OcrOptions();
        slots = new SemaphoreSlim(Math.Max(1, Options.MaxConcurrentReads));
    }

    public OcrOptions Options { get; }

    /// <summary>Checked once per tool paths and language, then cached for the process.</summary>
    public Task<OcrAvailability> CheckAvailabilityAsync(CancellationToken cancellationToken = default)
    {
        var key = $"{Options.TesseractPath}|{Options.PdftoppmPath}|{Options.Language}";
        return Availability.GetOrAdd(key, _ => new Lazy<Task<OcrAvailability>>(() => ProbeAsync(Options))).Value.WaitAsync(cancellationToken);
    }

    /// <summary>Blocking form of <see cref="CheckAvailabilityAsync"/> (for start-up and test attributes).</summary>
    public static bool IsAvailable(OcrOptions? options = null) =>
        new OcrReader(options).CheckAvailabilityAsync().GetAwaiter().GetResult().IsAvailable;

    /// <summary>OCRs every page (the caller decides that the PDF has no text layer). Never throws for a bad file:
    /// the result carries DOCUMENT_NOT_PDF, DOCUMENT_ENCRYPTED, DOCUMENT_TOO_LARGE, DOCUMENT_TOO_MANY_PAGES,
    /// DOCUMENT_PAGE_TOO_LARGE, OCR_TIMEOUT, OCR_FAILED or OCR_UNAVAILABLE.</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<OcrResult> ReadAsync(byte[] pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf.LongLength > Options.MaxPdfBytes)
        {
            return OcrResult.Failed(new(DocumentErrorCodes.TooLarge,
                $"Le fichier ({pdf.LongLength / (1024 * 1024)} Mo) dépasse {Options.MaxPdfBytes / (1024 * 1024)} Mo."));
        }
        if (!PdfBytes.LooksLikePdf(pdf)) return OcrResult.Failed(new(DocumentErrorCodes.NotPdf, PdfBytes.DescribeNotPdf(pdf)));
        var layout = Layout(pdf);
        if (layout.Error is { } error) return OcrResult.Failed(error, layout.Sizes.Count);
        if (layout.Sizes.Count > Options.MaxPages)
        {
            return OcrResult.Failed(new(DocumentErrorCodes.TooManyPages,
                $"Le document compte {layout.Sizes.Count} pages : la lecture optique s'arrête à {Options.MaxPages} pages. "
                + "Déposez seulement la délibération."), layout.Sizes.Count);
        }
        var dpis = layout.Sizes.Select(DpiFor).ToList();
        if (dpis.FindIndex(d => d < Options.MinDpi) is var large and >= 0)
        {
            var (w, h) = layout.Sizes[large];
            return OcrResult.Failed(new(DocumentErrorCodes.PageTooLarge,
                $"La page {large + 1} est trop grande pour être lue ({Centimetres(w)} × {Centimetres(h)} cm)."), layout.Sizes.Count);
        }
        var availability = await CheckAvailabilityAsync(cancellationToken).ConfigureAwait(false);
        if (!availability.IsAvailable)
        {
            return OcrResult.Failed(new(DocumentErrorCodes.OcrUnavailable, "La lecture optique (OCR) n'est pas installée sur le serveur : " + availability.Reason), layout.Sizes.Count);
        }

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(pdf, layout.Sizes.Count, dpis, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The child processes, page by page; the clock starts once a slot is had.</summary>
    private async Task<OcrResult> RunAsync(byte[] pdf, int pageCount, List<int> dpis, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(Options.TotalTimeout);
        var folder = Options.TempDirectory is { } root
            ? Directory.CreateDirectory(Path.Combine(root, "groupement-ocr-" + Guid.NewGuid().ToString("N")))
            : Directory.CreateTempSubdirectory("groupement-ocr-");
        var pages = new List<OcrPage>();
        try
        {
            var input = Path.Combine(folder.FullName, "input.pdf");
            await File.WriteAllBytesAsync(input, pdf, total.Token).ConfigureAwait(false);
            for (var n = 1; n <= pageCount; n++)
            {
                var (page, failure) = await PageAsync(input, folder.FullName, n, dpis[n - 1], total.Token).ConfigureAwait(false);
                if (failure is not null) return OcrResult.Failed(failure, pageCount, pages) with { Elapsed = clock.Elapsed };
                pages.Add(page!);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return OcrResult.Failed(Timeout(), pageCount, pages) with { Elapsed = clock.Elapsed };
        }
        finally
        {
            TryDelete(folder);
        }
        var status = pages.Sum(p => p.Text.Count(char.IsLetterOrDigit)) < Domain.Deliberations.PdfTextExtractor.MinimumLetters
            ? OcrStatus.NoText : OcrStatus.Ok;
        return new OcrResult(status, pages, pageCount) { Elapsed = clock.Elapsed };
    }

    private async Task<(OcrPage? Page, DocumentError? Failure)> PageAsync(string input, string folder, int n, int dpi, CancellationToken total)
    {
        var clock = Stopwatch.StartNew();
        var n0 = n.ToString(CultureInfo.InvariantCulture);
        var image = Path.Combine(folder, $"page-{n0}");
        var remaining = Options.PageTimeout;
        var raster = await BoundedProcess.RunAsync(Options.PdftoppmPath,
            // PGM, not PNG: compressing a noisy 300 dpi page takes pdftoppm ten seconds and more, writing it raw a quarter of one.
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", n0, "-l", n0, "-singlefile", input, image],
            remaining, 64 * 1024, Options.ProcessMemoryLimitBytes, total).ConfigureAwait(false);
        if (raster.TimedOut) return (null, total.IsCancellationRequested ? Timeout() : PageTimeout(n));
        if (!raster.Succeeded || !File.Exists(image + ".pgm"))
        {
            return (null, new(DocumentErrorCodes.OcrFailed, $"La page {n} n'a pas pu être convertie en image (pdftoppm : {Short(raster.Errors)})."));
        }
        try
        {
            remaining = Options.PageTimeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero) return (null, PageTimeout(n));
            var ocr = await BoundedProcess.RunAsync(Options.TesseractPath,
                [image + ".pgm", "stdout", "-l", Options.Language, "--psm", "3", "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "tsv"],
                remaining, Options.MaxOutputChars, Options.ProcessMemoryLimitBytes, total).ConfigureAwait(false);
            if (ocr.TimedOut) return (null, total.IsCancellationRequested ? Timeout() : PageTimeout(n));
            if (!ocr.Succeeded)
            {
                var why = ocr.OutputTooLong ? "sortie trop longue" : Short(ocr.Errors);
                return (null, new(DocumentErrorCodes.OcrFailed, $"La page {n} n'a pas pu être lue (tesseract : {why})."));
            }
            var (text, confidence, words) = TesseractTsv.Parse(ocr.Output);
            return (new OcrPage(n, text, confidence, words, dpi, clock.Elapsed), null);
        }
        finally
        {
            File.Delete(image + ".pgm");
        }
    }

    /// <summary>The configured resolution, lowered so that the page stays within <see cref="OcrOptions.MaxPagePixels"/>.</summary>
    private int DpiFor((double Width, double Height) points)
    {
        var squareInches = Math.Max(1e-6, points.Width / 72 * (points.Height / 72));
        var cap = Math.Sqrt(Options.MaxPagePixels / squareInches);
        return (int)Math.Min(Options.Dpi, Math.Floor(cap));
    }

    /// <summary>Page sizes in points; past <see cref="OcrOptions.MaxPages"/> only the count matters (placeholder sizes).</summary>
    private (List<(double Width, double Height)> Sizes, DocumentError? Error) Layout(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var count = document.NumberOfPages;
            if (count == 0) return ([], new(DocumentErrorCodes.NotPdf, "Le PDF ne contient aucune page."));
            if (count > Options.MaxPages) return ([.. Enumerable.Repeat((0.0, 0.0), count)], null);
            var sizes = new List<(double, double)>(count);
            for (var i = 1; i <= count; i++)
            {
                var page = document.GetPage(i);
                sizes.Add((page.Width, page.Height));
            }
            return (sizes, null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ([], new(DocumentErrorCodes.Encrypted, "Le PDF est protégé par un mot de passe : il ne peut pas être lu."));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws many types on damaged files; all mean "cannot read".
            return ([], new(DocumentErrorCodes.NotPdf, "Le PDF est illisible : " + e.Message));
        }
    }

    private static async Task<OcrAvailability> ProbeAsync(OcrOptions options)
    {
        if (BoundedProcess.FindOnPath(options.PdftoppmPath) is null) return OcrAvailability.Missing("pdftoppm (poppler-utils) est absent.");
        if (BoundedProcess.FindOnPath(options.TesseractPath) is null) return OcrAvailability.Missing("tesseract (tesseract-ocr) est absent.");
        var langs = await BoundedProcess.RunAsync(options.TesseractPath, ["--list-langs"], TimeSpan.FromSeconds(10), 64 * 1024, 0, CancellationToken.None)
            .ConfigureAwait(false);
        // Older versions print the list on stderr.
        var listed = (langs.Output + "\n" + langs.Errors).Split('\n').Select(l => l.Trim());
        if (!listed.Contains(options.Language, StringComparer.Ordinal))
        {
            return OcrAvailability.Missing($"la langue « {options.Language} » de Tesseract n'est pas installée (paquet tesseract-ocr-{options.Language}).");
        }
        var version = await BoundedProcess.RunAsync(options.TesseractPath, ["--version"], TimeSpan.FromSeconds(10), 64 * 1024, 0, CancellationToken.None)
            .ConfigureAwait(false);
        var first = (version.Output + version.Errors).Split('\n').FirstOrDefault(l => l.Length > 0)?.Trim();
        return new OcrAvailability(true, null, first);
    }

    private static string Centimetres(double points) => Math.Round(points / 72 * 2.54).ToString(CultureInfo.InvariantCulture);

    private DocumentError Timeout() =>
        new(DocumentErrorCodes.OcrTimeout, $"La lecture optique a dépassé {Options.TotalTimeout.TotalSeconds:0} secondes pour le document.");

    private DocumentError PageTimeout(int n) =>
        new(DocumentErrorCodes.OcrTimeout, $"La lecture optique de la page {n} a dépassé {Options.PageTimeout.TotalSeconds:0} secondes.");

    private static string Short(string errors)
    {
        var line = errors.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "erreur inconnue";
        return line.Length > 200 ? line[..200] : line;
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A child still holding a file on a slow kill: the folder is in the temp directory and small.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
