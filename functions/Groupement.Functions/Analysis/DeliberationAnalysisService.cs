using System.Text.Json;
using Groupement.Domain.Deliberations;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Analysis;

/// <summary>What the analysis of an adhésion's délibération gives the read model.</summary>
public sealed record AdhesionAnalysis(JsonElement Deliberation, IReadOnlyList<FindingView> Findings, DeliberationFacts Facts);

/// <summary>Runs the domain analyser with the context the host knows: the member, its population, the groupement.</summary>
public sealed class DeliberationAnalysisService(ReferenceDataProvider reference)
{
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
        var findings = analysis.Findings.Select(f => new FindingView(f.Code, f.Severity.ToString().ToLowerInvariant(), f.Message)).ToList();
        return new AdhesionAnalysis(facts, findings, analysis.Facts);
    }
}
