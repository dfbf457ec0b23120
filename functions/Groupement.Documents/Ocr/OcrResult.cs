using System.Text;
using System.Text.Json.Serialization;
using Groupement.Domain.Deliberations;

namespace Groupement.Documents;

[JsonConverter(typeof(JsonStringEnumConverter<OcrStatus>))]
public enum OcrStatus
{
    /// <summary>Text was recognised.</summary>
    [JsonStringEnumMemberName("ok")] Ok,

    /// <summary>The pages were read but hold (almost) no text: a photo, a blank page, a drawing.</summary>
    [JsonStringEnumMemberName("no-text")] NoText,

    /// <summary>Not attempted or not finished: see <see cref="OcrResult.Error"/>.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>One page as read by Tesseract: lines rebuilt from the TSV, wide gaps kept as tabs.</summary>
public sealed record OcrPage(int Number, string Text, double Confidence, int Words, int Dpi, TimeSpan Elapsed);

/// <summary>The OCR of a PDF: per-page text and the mean word confidence (0–1).</summary>
public sealed record OcrResult(OcrStatus Status, IReadOnlyList<OcrPage> Pages, int PageCount)
{
    /// <summary>The value of <c>facts.source</c> for facts read from this text.</summary>
    public const string Source = "ocr";

    public DocumentError? Error { get; init; }

    /// <summary>Time spent reading, once the reader had a free slot (<see cref="OcrOptions.MaxConcurrentReads"/>).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Mean confidence of the recognised words of all pages (0–1); 0 when none.</summary>
    public double Confidence
    {
        get
        {
            var words = Pages.Sum(p => p.Words);
            return words == 0 ? 0 : Pages.Sum(p => p.Confidence * p.Words) / words;
        }
    }

    /// <summary>Median time of one page (rasterisation and recognition); zero when no page was read.</summary>
    public TimeSpan MedianPageTime
    {
        get
        {
            if (Pages.Count == 0) return TimeSpan.Zero;
            var sorted = Pages.Select(p => p.Elapsed).Order().ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    /// <summary>All pages in the shape of <see cref="PdfTextExtractor"/>: one line per text line, a form feed line between pages.</summary>
    public string Text
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var page in Pages)
            {
                if (page.Number > 1) sb.Append("\f\n");
                sb.Append(page.Text);
            }
            return sb.ToString();
        }
    }

    /// <summary>The same shape the domain gets from a PDF with a text layer, so the analyzer runs on it unchanged.</summary>
    public PdfTextResult ToPdfTextResult()
    {
        if (Status == OcrStatus.Failed) return new PdfTextResult(PdfTextStatus.NoText, Text, PageCount, Error?.Message);
        var letters = Pages.Sum(p => p.Text.Count(char.IsLetterOrDigit));
        var status = letters < PdfTextExtractor.MinimumLetters ? PdfTextStatus.NoText : PdfTextStatus.Ok;
        return new PdfTextResult(status, Text, PageCount, null);
    }

    public static OcrResult Failed(DocumentError error, int pageCount = 0, IReadOnlyList<OcrPage>? pages = null) =>
        new(OcrStatus.Failed, pages ?? [], pageCount) { Error = error };
}
