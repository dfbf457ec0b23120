using Groupement.Domain.Adhesions;
using E = Groupement.Domain.Adhesions.AdhesionEvent;

namespace Groupement.Functions.Storage;

/// <summary>Folds decider events into the read model and the history rows that record them.</summary>
public static class AdhesionProjection
{
    /// <summary>The first view of a new adhésion, from its <see cref="E.Submitted"/> event.</summary>
    public static AdhesionView Create(string adhesionId, string groupementId, E.Submitted submitted, IReadOnlyList<DocumentView> documents) =>
        new(adhesionId, groupementId, submitted.Member, submitted.Referent, submitted.Needs, AdhesionStatus.Submitted,
            [], documents, null, null, null, null, [], []);

    /// <summary>The view after the events, and one history entry per event.</summary>
    public static (AdhesionView View, IReadOnlyList<HistoryView> History) Apply(AdhesionView view, IReadOnlyList<AdhesionEvent> events)
    {
        var history = new List<HistoryView>(events.Count);
        foreach (var e in events)
        {
            view = Apply(view, e);
            history.Add(new HistoryView(e.At, e.Name, e.By, e.Comment));
        }
        return (view, history);
    }

    private static AdhesionView Apply(AdhesionView v, AdhesionEvent e) => e switch
    {
        E.Submitted s => v with { Member = s.Member, Referent = s.Referent, Needs = s.Needs, Status = AdhesionStatus.Submitted },
        E.AnalysisCompleted => v with { Status = AdhesionStatus.UnderReview },
        E.Approved => v with { Status = AdhesionStatus.AwaitingPrefecture },
        E.Rejected => v with { Status = AdhesionStatus.Rejected },
        E.ChangesRequested => v with { Status = AdhesionStatus.ChangesRequested },
        E.DocumentsResubmitted => v with { Status = AdhesionStatus.Submitted },
        E.PrefectureReceiptRecorded r => v with { Prefecture = new PrefectureView(r.ActId, v.Prefecture?.SentOn, r.ReceivedOn) },
        E.PublicationRecorded p => v with { Publication = new PublicationView(p.PublishedOn, p.Mode) },
        E.Enrolled en => v with { Status = AdhesionStatus.Enrolled, ExecutoryOn = en.ExecutoryOn },
        E.Withdrawn => v with { Status = AdhesionStatus.Withdrawn },
        E.Closed => v with { Status = AdhesionStatus.Closed },
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Unknown adhesion event."),
    };
}
