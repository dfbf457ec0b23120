namespace Groupement.Domain.Adhesions;

/// <summary>What someone asks of an adhésion. <see cref="By"/> names the actor for the history.</summary>
public abstract record AdhesionCommand
{
    public string By { get; init; } = "system";

    public sealed record Submit(Member Member, Referent Referent, IReadOnlyList<Need> Needs) : AdhesionCommand;

    public sealed record AnalysisCompleted(bool HasErrorFindings) : AdhesionCommand;

    /// <summary><paramref name="HasErrorFindings"/>: the caller's view of the current findings.</summary>
    public sealed record Review(ReviewDecision Decision, string? Comment, bool OverrideFindings, bool HasErrorFindings) : AdhesionCommand;

    public sealed record ResubmitDocuments : AdhesionCommand;

    public sealed record PrefectureReceipt(string ActId, DateOnly ReceivedOn) : AdhesionCommand;

    public sealed record Publication(DateOnly PublishedOn, string Mode, string? Url = null) : AdhesionCommand;

    /// <summary><paramref name="InsideWithdrawalWindow"/>: computed by the caller from the groupement calendar; only matters once enrolled.</summary>
    public sealed record Withdraw(bool InsideWithdrawalWindow, string? Reason = null) : AdhesionCommand;

    public sealed record Close(string Reason) : AdhesionCommand;
}
