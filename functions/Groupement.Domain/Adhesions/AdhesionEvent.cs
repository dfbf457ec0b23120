namespace Groupement.Domain.Adhesions;

/// <summary>What happened to an adhésion. <see cref="Name"/> is the stable history event name.</summary>
public abstract record AdhesionEvent(DateTimeOffset At, string By)
{
    public abstract string Name { get; }

    /// <summary>The human reason attached to the event, shown in the history.</summary>
    public virtual string? Comment => null;

    public sealed record Submitted(DateTimeOffset At, string By, Member Member, Referent Referent, IReadOnlyList<Need> Needs) : AdhesionEvent(At, By)
    {
        public override string Name => "submitted";
    }

    public sealed record AnalysisCompleted(DateTimeOffset At, string By, bool HasErrorFindings) : AdhesionEvent(At, By)
    {
        public override string Name => "analysis-completed";
    }

    public sealed record Approved(DateTimeOffset At, string By, string? ReviewComment, bool FindingsOverridden) : AdhesionEvent(At, By)
    {
        public override string Name => "approved";
        public override string? Comment => ReviewComment;
    }

    public sealed record Rejected(DateTimeOffset At, string By, string ReviewComment) : AdhesionEvent(At, By)
    {
        public override string Name => "rejected";
        public override string? Comment => ReviewComment;
    }

    public sealed record ChangesRequested(DateTimeOffset At, string By, string ReviewComment) : AdhesionEvent(At, By)
    {
        public override string Name => "changes-requested";
        public override string? Comment => ReviewComment;
    }

    public sealed record DocumentsResubmitted(DateTimeOffset At, string By) : AdhesionEvent(At, By)
    {
        public override string Name => "documents-resubmitted";
    }

    public sealed record PrefectureReceiptRecorded(DateTimeOffset At, string By, string ActId, DateOnly ReceivedOn) : AdhesionEvent(At, By)
    {
        public override string Name => "prefecture-receipt-recorded";
    }

    public sealed record PublicationRecorded(DateTimeOffset At, string By, DateOnly PublishedOn, string Mode, string? Url) : AdhesionEvent(At, By)
    {
        public override string Name => "publication-recorded";
    }

    public sealed record Enrolled(DateTimeOffset At, string By, DateOnly ExecutoryOn) : AdhesionEvent(At, By)
    {
        public override string Name => "enrolled";
    }

    public sealed record Withdrawn(DateTimeOffset At, string By, string? Reason) : AdhesionEvent(At, By)
    {
        public override string Name => "withdrawn";
        public override string? Comment => Reason;
    }

    public sealed record Closed(DateTimeOffset At, string By, string Reason) : AdhesionEvent(At, By)
    {
        public override string Name => "closed";
        public override string? Comment => Reason;
    }
}
