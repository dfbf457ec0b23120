using Groupement.Domain.Adhesions;
using Groupement.Domain.Deliberations;
using Groupement.Functions.Activities;
using Groupement.Functions.Documents;
using Groupement.Functions.Features.Analysis;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;
using Microsoft.DurableTask;

namespace Groupement.Functions.Features.Analysis;

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
        var deliberation = Latest(view, "deliberation");
        if (deliberation is null)
            return Unreadable("Aucune délibération n'a été déposée.");
        AdhesionAnalysis result;
        try
        {
            result = await analysis.AnalyzeStoredAsync(await ReadAsync(view, deliberation), DeliberationAnalysisService.ContextFor(view, groupement), CancellationToken.None);
        }
        catch (UnreadableDocumentException e)
        {
            result = Unreadable(e.Message);
        }
        // The signed convention: a digital signature is verified (a scan of a hand-signed page has none: no finding).
        if (Latest(view, "convention") is { } convention)
            result = result with { Findings = [.. result.Findings, .. DeliberationAnalysisService.ConventionFindings(await ReadAsync(view, convention))] };
        return result;
    }

    private static DocumentView? Latest(AdhesionView view, string kind) =>
        view.Documents.Where(d => d.Kind == kind).OrderByDescending(d => d.UploadedAt).FirstOrDefault();

    private async Task<byte[]> ReadAsync(AdhesionView view, DocumentView document)
    {
        var download = await documents.OpenReadAsync(view.GroupementId, view.Id, document)
            ?? throw new MissingDataException($"Document {document.FileName} of {view.Id} is missing from storage.");
        using var buffer = new MemoryStream();
        await using (download.Content) await download.Content.CopyToAsync(buffer);
        return buffer.ToArray();
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
