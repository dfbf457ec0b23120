using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Groupement.Domain.Deliberations;

/// <summary>Extracts text from PDF bytes with PdfPig, rebuilding lines from word baselines.</summary>
public static class PdfTextExtractor
{
    /// <summary>Below this many letters a document is treated as having no text layer.</summary>
    public const int MinimumLetters = 20;

    public static PdfTextResult Extract(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (!LooksLikePdf(pdf))
        {
            return new PdfTextResult(PdfTextStatus.Broken, "", 0, "Le fichier n'est pas un PDF (en-tête %PDF absent).");
        }
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new StringBuilder();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                if (page.Number > 1) text.Append("\f\n");
                foreach (var line in Lines(page))
                {
                    text.Append(line).Append('\n');
                }
                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
            }
            var status = letters < MinimumLetters ? PdfTextStatus.NoText : PdfTextStatus.Ok;
            return new PdfTextResult(status, text.ToString(), document.NumberOfPages, null);
        }
        catch (PdfDocumentEncryptedException e)
        {
            return new PdfTextResult(PdfTextStatus.Encrypted, "", 0, "Le PDF est protégé par un mot de passe : " + e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws many types on damaged files; all mean "cannot read", none is our bug to surface as a 500.
            return new PdfTextResult(PdfTextStatus.Broken, "", 0, "Le PDF est illisible : " + e.Message);
        }
    }

    private static bool LooksLikePdf(byte[] pdf)
    {
        var head = Encoding.ASCII.GetString(pdf, 0, Math.Min(pdf.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    /// <summary>Groups words whose baselines are within a fraction of the text height, left to right.</summary>
    private static IEnumerable<string> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<(double Baseline, double Height, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => Baseline(w)).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = Baseline(word);
            var height = Math.Max(1, word.BoundingBox.Height);
            var index = lines.FindIndex(l => Math.Abs(l.Baseline - baseline) < Math.Max(l.Height, height) * 0.4);
            if (index < 0) lines.Add((baseline, height, [word]));
            else lines[index].Words.Add(word);
        }
        foreach (var line in lines.OrderByDescending(l => l.Baseline))
        {
            var sb = new StringBuilder();
            Word? previous = null;
            foreach (var word in line.Words.OrderBy(w => w.BoundingBox.Left))
            {
                if (previous is not null)
                {
                    var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                    // A wide gap is a column or a tab stop: keep it visible as a tab.
                    sb.Append(gap > line.Height * 2.5 ? '\t' : ' ');
                }
                sb.Append(word.Text);
                previous = word;
            }
            yield return sb.ToString();
        }
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;
}
