using Groupement.Domain.Adhesions;
using Groupement.Domain.Deliberations;
using Microsoft.DurableTask;
using Groupement.Functions.Analysis;
using Groupement.Functions.Documents;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Activities;

/// <summary>
/// Reads the latest délibération of an adhésion, records its facts and findings, takes the prefecture tampon as
/// evidence (so the member is not asked again), and moves the adhésion to UnderReview.
/// </summary>
public sealed class AnalyzeAdhesionActivity(AdhesionStore adhesions, GroupementStore groupements, DocumentStore documents,
    DeliberationAnalysisService analysis, TimeProvider time) : TaskActivity<AnalysisRequest, SignalOutcome>
{
    public const string Name = "AnalyzeAdhesion";

    public override async Task<SignalOutcome> RunAsync(TaskActivityContext context, AnalysisRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var adhesionId = request.AdhesionId;
        var reference = "analysis:" + request.Key;
        var record = await adhesions.GetAsync(adhesionId) ?? throw new MissingDataException($"Adhesion {adhesionId} not found.");
        if ((await adhesions.GetHistoryAsync(adhesionId)).Any(h => h.Ref == reference))
            return new SignalOutcome(true, ["analysis-completed"], record.View.Status);
        var groupement = await groupements.GetAsync(record.View.GroupementId)
            ?? throw new MissingDataException($"Groupement {record.View.GroupementId} not found.");
        var result = await AnalyseAsync(record.View, groupement);
        var now = time.GetUtcNow();
        var updated = await adhesions.UpdateAsync(adhesionId, view =>
        {
            var analysed = Apply(view, result);
            var decision = AdhesionDecider.Decide(analysed.ToState(), new AdhesionCommand.AnalysisCompleted(result.Findings.Any(f => f.Severity == FindingView.Error)), now);
            var (next, history) = AdhesionProjection.Apply(analysed, decision.Events);
            return (next, [.. history.Select(h => h with { Ref = reference })]);
        });
        return new SignalOutcome(true, ["analysis-completed"], updated!.View.Status);
    }

    private async Task<AdhesionAnalysis> AnalyseAsync(AdhesionView view, GroupementRecord groupement)
    {
        var deliberation = view.Documents.Where(d => d.Kind == "deliberation").OrderByDescending(d => d.UploadedAt).FirstOrDefault();
        if (deliberation is null)
            return Unreadable("Aucune délibération n'a été déposée.");
        var download = await documents.OpenReadAsync(view.GroupementId, view.Id, deliberation)
            ?? throw new MissingDataException($"Document {deliberation.FileName} of {view.Id} is missing from storage.");
        using var buffer = new MemoryStream();
        await using (download.Content) await download.Content.CopyToAsync(buffer);
        try
        {
            return DeliberationAnalysisService.ToReadModel(analysis.Analyze(buffer.ToArray(), null, DeliberationAnalysisService.ContextFor(view, groupement)));
        }
        catch (UnreadableDocumentException e)
        {
            return Unreadable(e.Message);
        }
    }

    private static AdhesionAnalysis Unreadable(string message) =>
        new(default, [new FindingView(FindingCodes.NotReadable, FindingView.Warning, message)], new DeliberationFacts());

    /// <summary>The view with the analysis; a tampon fills the prefecture and publication evidence that is still missing.</summary>
    internal static AdhesionView Apply(AdhesionView view, AdhesionAnalysis a)
    {
        var stamp = a.Facts.Stamp;
        var prefecture = view.Prefecture;
        if (stamp.ActId is not null || stamp.ReceivedOn is not null || stamp.SentOn is not null)
            prefecture = new PrefectureView(prefecture?.ActId ?? stamp.ActId, prefecture?.SentOn ?? stamp.SentOn, prefecture?.ReceivedOn ?? stamp.ReceivedOn);
        var publication = view.Publication?.PublishedOn is null && stamp.PublishedOn is { } published
            ? new PublicationView(published, "affichage") : view.Publication;
        return view with
        {
            Findings = a.Findings,
            Deliberation = a.Deliberation.ValueKind == System.Text.Json.JsonValueKind.Undefined ? null : a.Deliberation,
            Prefecture = prefecture,
            Publication = publication,
        };
    }
}
