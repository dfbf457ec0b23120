using Groupement.Domain.Acts;
using Groupement.Domain.Deliberations.Parsing;
using Groupement.Domain.Deliberations.Rules;

namespace Groupement.Domain.Deliberations;

/// <summary>The single entry point: text or PDF in, facts and findings out. Pure and thread-safe.</summary>
public static class DeliberationAnalyzer
{
    /// <exception cref="UnreadableDocumentException">The PDF is encrypted or broken (answer 422, not 500).</exception>
    public static DeliberationAnalysis Analyze(DeliberationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Pdf is { } pdf)
        {
            var extracted = PdfTextExtractor.Extract(pdf);
            switch (extracted.Status)
            {
                case PdfTextStatus.Encrypted or PdfTextStatus.Broken:
                    throw new UnreadableDocumentException(extracted.Status, extracted.Error ?? "PDF illisible.");
                case PdfTextStatus.NoText:
                    return new DeliberationAnalysis(new DeliberationFacts(),
                    [
                        Finding.Warning(FindingCodes.NotReadable,
                            $"Le PDF ({extracted.Pages} page(s)) n'a pas de couche texte : c'est sans doute un document numérisé. "
                            + "Une personne doit le lire, ou la collectivité doit déposer le PDF produit par son logiciel."),
                    ]);
            }
            return AnalyzeText(extracted.Text, input.Context);
        }
        return AnalyzeText(input.Text ?? "", input.Context);
    }

    public static DeliberationAnalysis AnalyzeText(string text, DeliberationContext? context = null)
    {
        context ??= new DeliberationContext();
        var parsed = DeliberationTextParser.Parse(text, context);
        var member = MemberProfile.Resolve(context, parsed.BodyKind);
        var facts = parsed.Facts with { Population = member.Population?.Value, PopulationSource = member.Population?.Source };
        if (!parsed.LooksLikeDeliberation)
        {
            return new DeliberationAnalysis(facts,
            [
                Finding.Error(FindingCodes.NotADeliberation,
                    "Le document ne ressemble pas à une délibération : il n'y figure ni l'organe délibérant, ni une décision votée en séance."),
            ]) { Text = text };
        }
        var findings = new List<Finding>();
        findings.AddRange(CountRules.Apply(facts, member));
        if (member.Kind != MemberKinds.Etablissement)
        {
            // A private school's board follows its statutes, not the CGCT delays.
            var (withDays, convocationFindings) = ConvocationRule.Apply(facts, member);
            facts = withDays;
            findings.AddRange(convocationFindings);
        }
        findings.AddRange(ContentRules.Apply(facts, context, member));
        var siren = context.MemberSiren;
        var ids = new[] { facts.Stamp.ActId, context.KnownActId }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            // The identifier read on the tampon points there; one known only from an AR message has no passage.
            var at = string.Equals(id, facts.Stamp.ActId?.Trim(), StringComparison.Ordinal) ? facts.Evidence.ActId : null;
            findings.AddRange(ActIdChecks.Check(id, siren, facts.SessionDate, member.Departments).Select(f => f.At(at)));
        }
        var ordered = findings.OrderBy(f => f.Severity).ToList();
        return new DeliberationAnalysis(facts, ordered) { Text = text };
    }
}
