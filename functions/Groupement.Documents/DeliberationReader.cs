using System.Globalization;
using Groupement.Domain.Deliberations;

namespace Groupement.Documents;

/// <summary>How the analysed text was obtained: <c>facts.source</c> ("pdf", "ocr" or "none") and the OCR confidence.</summary>
public sealed record DeliberationReading(DeliberationAnalysis Analysis, string Source, double? Confidence)
{
    /// <summary>The OCR run, when there was one (per-page text and timings, or why it failed).</summary>
    public OcrResult? Ocr { get; init; }
}

/// <summary>
/// Analyses a délibération PDF with the domain's analyzer; a PDF without a text layer is read by OCR first when OCR is
/// installed. Without OCR, or when OCR fails, the analysis stays DELIB_NOT_READABLE (its message then says why).
/// </summary>
public sealed class DeliberationReader(OcrReader? ocr = null)
{
    /// <exception cref="UnreadableDocumentException">Encrypted or broken PDF, as from <see cref="DeliberationAnalyzer.Analyze"/>.</exception>
    public async Task<DeliberationReading> AnalyzeAsync(byte[] pdf, DeliberationContext? context = null, CancellationToken cancellationToken = default)
    {
        var analysis = DeliberationAnalyzer.Analyze(DeliberationInput.FromPdf(pdf, context));
        if (!analysis.Has(FindingCodes.NotReadable)) return new DeliberationReading(analysis, "pdf", null);
        if (ocr is null) return new DeliberationReading(analysis, "none", null);

        var result = await ocr.ReadAsync(pdf, cancellationToken).ConfigureAwait(false);
        var text = result.ToPdfTextResult();
        if (!text.IsReadable)
        {
            var why = result.Error is { } e ? $" La lecture optique n'a pas abouti ({e.Code}) : {e.Message}"
                : " La lecture optique n'y a reconnu aucun texte : ce n'est peut-être pas un document.";
            var findings = analysis.Findings
                .Select(f => f.Code == FindingCodes.NotReadable ? f with { Message = f.Message + why } : f).ToList();
            return new DeliberationReading(analysis with { Findings = findings }, "none", null) { Ocr = result };
        }
        var fromOcr = DeliberationAnalyzer.AnalyzeText(text.Text, context);
        var extra = OcrFindings(result, ocr.Options);
        return new DeliberationReading(fromOcr with { Findings = [.. fromOcr.Findings, .. extra] }, OcrResult.Source, result.Confidence)
        {
            Ocr = result,
        };
    }

    internal static IReadOnlyList<Finding> OcrFindings(OcrResult result, OcrOptions options)
    {
        var percent = Percent(result.Confidence);
        var findings = new List<Finding>
        {
            Finding.Info(OcrFindingCodes.ReadByOcr,
                $"Délibération numérisée lue par reconnaissance optique (OCR) sur {result.Pages.Count} page(s), confiance moyenne {percent} % : "
                + "vérifiez les dates et les chiffres sur le document."),
        };
        if (result.Confidence < options.LowConfidence)
        {
            findings.Add(Finding.Warning(OcrFindingCodes.LowConfidence,
                $"La lecture optique est peu sûre (confiance moyenne {percent} %, en dessous de {Percent(options.LowConfidence)} %) : "
                + "une personne doit vérifier les faits lus sur le document."));
        }
        return findings;
    }

    private static string Percent(double value) => Math.Round(value * 100).ToString(CultureInfo.InvariantCulture);
}
