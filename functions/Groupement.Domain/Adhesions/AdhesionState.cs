namespace Groupement.Domain.Adhesions;

/// <summary>What the decider needs to know about an adhésion; <see cref="Initial"/> means "not submitted yet".</summary>
public sealed record AdhesionState(
    AdhesionStatus? Status,
    bool HasErrorFindings,
    string? ActId,
    DateOnly? ReceivedOn,
    DateOnly? PublishedOn,
    string? PublicationMode,
    DateOnly? ExecutoryOn)
{
    public static AdhesionState Initial { get; } = new(null, false, null, null, null, null, null);

    public bool Exists => Status is not null;

    public bool IsFinal => Status is AdhesionStatus.Rejected or AdhesionStatus.Withdrawn or AdhesionStatus.Closed;

    /// <summary>The later of the receipt and publication dates, once both are known.</summary>
    public DateOnly? ExecutoryEvidence =>
        ReceivedOn is { } r && PublishedOn is { } p ? (r > p ? r : p) : null;

    /// <summary>Folds one event into the state.</summary>
    public AdhesionState Apply(AdhesionEvent e) => e switch
    {
        AdhesionEvent.Submitted => this with { Status = AdhesionStatus.Submitted },
        AdhesionEvent.AnalysisCompleted a => this with { Status = AdhesionStatus.UnderReview, HasErrorFindings = a.HasErrorFindings },
        AdhesionEvent.Approved => this with { Status = AdhesionStatus.AwaitingPrefecture },
        AdhesionEvent.Rejected => this with { Status = AdhesionStatus.Rejected },
        AdhesionEvent.ChangesRequested => this with { Status = AdhesionStatus.ChangesRequested },
        AdhesionEvent.DocumentsResubmitted => this with { Status = AdhesionStatus.Submitted },
        AdhesionEvent.PrefectureReceiptRecorded r => this with { ActId = r.ActId, ReceivedOn = r.ReceivedOn },
        AdhesionEvent.PublicationRecorded p => this with { PublishedOn = p.PublishedOn, PublicationMode = p.Mode },
        AdhesionEvent.Enrolled en => this with { Status = AdhesionStatus.Enrolled, ExecutoryOn = en.ExecutoryOn },
        AdhesionEvent.Withdrawn => this with { Status = AdhesionStatus.Withdrawn },
        AdhesionEvent.Closed => this with { Status = AdhesionStatus.Closed },
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Unknown adhesion event."),
    };

    /// <summary>Folds a sequence of events, starting from this state.</summary>
    public AdhesionState ApplyAll(IEnumerable<AdhesionEvent> events) => events.Aggregate(this, (s, e) => s.Apply(e));
}
