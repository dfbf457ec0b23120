using Groupement.Functions.Storage;

namespace Groupement.Functions.Orchestrations;

/// <summary>
/// A person's command on an adhésion, raised to its orchestration as the external event <c>signal</c>. Every command
/// travels under one event name so that the orchestration never leaves a stale wait behind; <see cref="Id"/> makes
/// applying it idempotent.
/// </summary>
public sealed record AdhesionSignal(string Id, string Type, string By)
{
    public string? Decision { get; init; }
    public string? Comment { get; init; }
    public bool OverrideFindings { get; init; }
    public string? ActId { get; init; }
    public DateOnly? ReceivedOn { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? Mode { get; init; }
    public string? Url { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<DocumentView>? Documents { get; init; }
}

/// <summary>The kinds of <see cref="AdhesionSignal"/>.</summary>
public static class SignalTypes
{
    public const string Review = "review";
    public const string Documents = "documents";
    public const string PrefectureReceipt = "prefecture-receipt";
    public const string Anomaly = "prefecture-anomaly";
    public const string Publication = "publication";
    public const string Withdrawal = "withdrawal";
    public const string Close = "close";
}

/// <summary>What applying a signal did: the events recorded (history names), the status after, or the refusal.</summary>
public sealed record SignalOutcome(bool Accepted, IReadOnlyList<string> Events, Groupement.Domain.Adhesions.AdhesionStatus Status,
    string? RefusalCode = null, string? RefusalMessage = null);

/// <summary>The orchestration input: one instance per adhésion, its instance id is the adhésion id.</summary>
public sealed record AdhesionWorkflowInput(string AdhesionId, string GroupementId, bool Resumed = false);

/// <summary>Who should receive a notification (<see cref="NotificationAudience"/>).</summary>
public static class Audience
{
    public const string Referent = NotificationAudience.Referent;
    public const string Reviewers = NotificationAudience.Reviewers;
    public const string Coordinator = NotificationAudience.Coordinator;
}

/// <summary>
/// A notification to send for an adhésion. <see cref="Key"/> is its idempotency key, derived from the step that asks
/// for it (the submission, or the signal's id), never from a task counter: the ledger sends each key once.
/// </summary>
public sealed record NotificationRequest(string AdhesionId, string Kind, string Audience, string? Comment = null)
{
    public string Key { get; init; } = "";
}

/// <summary>An analysis of the adhésion's latest délibération; <see cref="Key"/> makes a re-run harmless.</summary>
public sealed record AnalysisRequest(string AdhesionId, string Key);
