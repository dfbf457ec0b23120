using Groupement.Domain.Deliberations;
using Xunit.Abstractions;

namespace Groupement.Documents.Tests.Ocr;

[Collection(TestOcr.Name)]
public sealed class OcrReaderTests(ITestOutputHelper output)
{
    [OcrFact]
    public async Task A_scanned_deliberation_is_read_back_with_its_date_body_and_votes()
    {
        var scan = await TestOcr.CommuneScanAsync();
        Assert.Equal(PdfTextStatus.NoText, PdfTextExtractor.Extract(scan).Status);

        var result = await new OcrReader(TestOcr.Options).ReadAsync(scan);

        output.WriteLine($"confidence {result.Confidence:0.000}, {result.Elapsed.TotalSeconds:0.0} s\n{result.Text}");
        Assert.Equal(OcrStatus.Ok, result.Status);
        var page = Assert.Single(result.Pages);
        Assert.Equal(300, page.Dpi);
        Assert.Contains("conseil municipal", result.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("9 mars 2026", result.Text, StringComparison.Ordinal);
        Assert.Contains("15 voix pour", result.Text, StringComparison.Ordinal);
        Assert.Contains("e-primo", result.Text, StringComparison.Ordinal);
        Assert.InRange(result.Confidence, 0.75, 1.0);
        var text = result.ToPdfTextResult();
        Assert.Equal(PdfTextStatus.Ok, text.Status);
        Assert.Equal(1, text.Pages);
    }

    [OcrFact]
    public async Task Pages_of_a_two_page_scan_come_back_in_order_separated_by_a_form_feed()
    {
        var text = ScannedDeliberations.Commune + "\n" + string.Join('\n', Enumerable.Repeat("Ligne de remplissage du registre.", 60))
            + "\nANNEXE : liste des écoles concernées";
        var scan = await TestScan.FromTextAsync(text);

        var result = await new OcrReader(TestOcr.Options).ReadAsync(scan);

        Assert.Equal(2, result.Pages.Count);
        Assert.Equal([1, 2], result.Pages.Select(p => p.Number));
        Assert.Contains("\f\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("ANNEXE", result.Pages[1].Text, StringComparison.Ordinal);
    }

    [OcrFact]
    public async Task A_vote_table_keeps_each_label_on_the_row_of_its_number()
    {
        var scan = await TestScan.FromTextAsync(
            "COMMUNE DE SAINT-MARS-DES-PRÉS\nSéance du conseil municipal du 9 mars 2026\n\n"
            + "Membres en exercice\t23\nPrésents\t18\nPouvoirs\t4\nVotants\t22\n\n"
            + "Objet : Adhésion au groupement de commandes e-primo\n");

        var result = await new OcrReader(TestOcr.Options).ReadAsync(scan);

        output.WriteLine(result.Text);
        // A speck by a digit may be read as a quote mark: the row and its tab are what this checks.
        Assert.Matches(@"Présents\t\W?18", result.Text);
        Assert.Matches(@"Votants\t\W?22", result.Text);
    }

    [OcrFact]
    public async Task Reads_on_one_instance_take_turns()
    {
        var scan = await TestOcr.CommuneScanAsync();
        var reader = new OcrReader(TestOcr.Options with { MaxConcurrentReads = 1 });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var results = await Task.WhenAll(reader.ReadAsync(scan), reader.ReadAsync(scan));

        Assert.All(results, r => Assert.Equal(OcrStatus.Ok, r.Status));
        Assert.True(clock.Elapsed >= results[0].Elapsed + results[1].Elapsed,
            $"{clock.Elapsed} < {results[0].Elapsed} + {results[1].Elapsed}: the two reads overlapped");
    }

    [OcrFact]
    public async Task A_picture_without_writing_gives_no_text()
    {
        var pdf = TestScan.ImagePdf([TestScan.Picture()]);

        var result = await new OcrReader(TestOcr.Options).ReadAsync(pdf);

        Assert.Equal(OcrStatus.NoText, result.Status);
        Assert.Equal(PdfTextStatus.NoText, result.ToPdfTextResult().Status);
    }

    [OcrFact]
    public async Task Temporary_files_are_deleted_after_reading()
    {
        var root = Directory.CreateTempSubdirectory("groupement-ocr-root-");
        try
        {
            var result = await new OcrReader(TestOcr.Options with { TempDirectory = root.FullName, Dpi = 150 })
                .ReadAsync(TestScan.ImagePdf([TestScan.Picture(300, 400)]));

            Assert.NotEqual(OcrStatus.Failed, result.Status);
            Assert.Empty(root.EnumerateFileSystemInfos());
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [OcrFact]
    public async Task A_page_over_its_timeout_is_stopped_and_its_files_deleted()
    {
        var root = Directory.CreateTempSubdirectory("groupement-ocr-root-");
        try
        {
            var scan = await TestOcr.CommuneScanAsync();
            var started = DateTime.UtcNow;

            var result = await new OcrReader(new OcrOptions { PageTimeout = TimeSpan.FromMilliseconds(300), TempDirectory = root.FullName })
                .ReadAsync(scan);

            Assert.Equal(OcrStatus.Failed, result.Status);
            Assert.Equal(DocumentErrorCodes.OcrTimeout, result.Error?.Code);
            Assert.Contains("page 1", result.Error?.Message, StringComparison.Ordinal);
            Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(10));
            Assert.Empty(root.EnumerateFileSystemInfos());
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [OcrFact]
    public async Task The_total_timeout_bounds_the_whole_document()
    {
        var scan = await TestOcr.CommuneScanAsync();

        var result = await new OcrReader(TestOcr.Options with { TotalTimeout = TimeSpan.FromMilliseconds(200) }).ReadAsync(scan);

        Assert.Equal(DocumentErrorCodes.OcrTimeout, result.Error?.Code);
        Assert.Contains("pour le document", result.Error?.Message, StringComparison.Ordinal);
    }

    [OcrFact]
    public async Task Cancelling_stops_the_reading_with_an_OperationCanceledException()
    {
        var scan = await TestOcr.CommuneScanAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new OcrReader().ReadAsync(scan, cancel.Token));
    }

    [OcrFact(needsPrlimit: true)]
    public async Task A_process_over_its_memory_bound_fails_cleanly()
    {
        var scan = await TestOcr.CommuneScanAsync();

        var result = await new OcrReader(TestOcr.Options with { ProcessMemoryLimitBytes = 20L * 1024 * 1024 }).ReadAsync(scan);

        Assert.Equal(OcrStatus.Failed, result.Status);
        Assert.Equal(DocumentErrorCodes.OcrFailed, result.Error?.Code);
    }

    [OcrFact]
    public async Task A_language_that_is_not_installed_makes_OCR_unavailable()
    {
        var reader = new OcrReader(new OcrOptions { Language = "zzz" });

        var availability = await reader.CheckAvailabilityAsync();
        var result = await reader.ReadAsync(TestScan.ImagePdf([TestScan.Picture(100, 100)]));

        Assert.False(availability.IsAvailable);
        Assert.Contains("tesseract-ocr-zzz", availability.Reason, StringComparison.Ordinal);
        Assert.Equal(DocumentErrorCodes.OcrUnavailable, result.Error?.Code);
    }
}
