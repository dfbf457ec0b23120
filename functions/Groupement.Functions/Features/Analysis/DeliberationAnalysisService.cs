using System.Text.Json;
using Groupement.Documents;
using Groupement.Domain.Deliberations;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Analysis;

/// <summary>What the analysis of an adhésion's délibération gives the read model.</summary>
public sealed record AdhesionAnalysis(JsonElement Deliberation, IReadOnlyList<FindingView> Findings, DeliberationFacts Facts);

/// <summary>Runs the domain analyser with the context the host knows: the member, its population, the groupement.</summary>
public sealed class DeliberationAnalysisService(ReferenceDataProvider reference, OcrReader ocr)
{
    /// <summary>
    /// Analyses a stored délibération off the request path (the analysis activity): a PDF without a text layer is read
    /// by OCR when Tesseract is installed (<c>facts.source</c> "ocr" with its confidence), else stays DELIB_NOT_READABLE.
    /// Throws <see cref="UnreadableDocumentException"/> for an encrypted or broken PDF.
    /// </summary>
    public async Task<AdhesionAnalysis> AnalyzeStoredAsync(byte[] pdf, DeliberationContext context, CancellationToken ct)
    {
        var reading = await new DeliberationReader(ocr).AnalyzeAsync(pdf, context with { Reference = context.Reference ?? reference.Data }, ct);
        var model = ToReadModel(reading.Analysis);
        var facts = System.Text.Json.Nodes.JsonNode.Parse(model.Deliberation.GetRawText())!.AsObject();
        // The domain reads OCR text as text: say where the text came from, and how sure the OCR was.
        if (reading.Source == "ocr") facts["source"] = DeliberationFacts.OcrSource;
        if (reading.Confidence is { } confidence) facts["confidence"] = Math.Round(confidence, 2);
        using var doc = JsonDocument.Parse(facts.ToJsonString());
        return model with { Deliberation = doc.RootElement.Clone() };
    }

    /// <summary>The findings on the signed convention: its digital signatures verified (none when hand-signed and scanned).</summary>
    public static IReadOnlyList<FindingView> ConventionFindings(byte[] pdf)
    {
        var report = PdfSignatureVerifier.Verify(pdf);
        return [.. report.Findings.Select(f => new FindingView(f.Code, f.Severity.ToString().ToLowerInvariant(), f.Message) { Evidence = f.Evidence })];
    }

    /// <summary>Analyses a PDF or a text; throws <see cref="UnreadableDocumentException"/> for an encrypted or broken PDF.</summary>
    public DeliberationAnalysis Analyze(byte[]? pdf, string? text, DeliberationContext context)
    {
        var withReference = context with { Reference = context.Reference ?? reference.Data };
        var input = pdf is not null ? DeliberationInput.FromPdf(pdf, withReference) : DeliberationInput.FromText(text ?? "", withReference);
        return DeliberationAnalyzer.Analyze(input);
    }

    /// <summary>The context of an adhésion within its groupement.</summary>
    public static DeliberationContext ContextFor(AdhesionView view, GroupementRecord groupement) => new()
    {
        MemberSiren = view.Member.Siren,
        MemberKind = view.Member.Kind,
        GroupementName = groupement.Name,
        Keywords = groupement.Keywords,
        JoinDeadline = groupement.JoinDeadline,
        KnownActId = view.Prefecture?.ActId,
    };

    /// <summary>The analysis as the read model stores it (facts JSON and findings).</summary>
    public static AdhesionAnalysis ToReadModel(DeliberationAnalysis analysis)
    {
        using var doc = JsonDocument.Parse(analysis.ToJson());
        var facts = doc.RootElement.GetProperty("facts").Clone();
        var findings = analysis.Findings.Select(f => new FindingView(f.Code, f.Severity.ToString().ToLowerInvariant(), f.Message) { Evidence = f.Evidence }).ToList();
        return new AdhesionAnalysis(facts, findings, analysis.Facts);
    }
}
