using System.Text.Json;
using Groupement.Domain.Adhesions;

namespace Groupement.Functions.Storage;

/// <summary>
/// The read model served by <c>GET /api/adhesions/{aid}</c>, field for field as DESIGN §4.
/// <see cref="Notifications"/> and <see cref="History"/> live in their own rows and are filled in on read.
/// <see cref="Deliberation"/> holds the extracted facts as JSON (null when none).
/// </summary>
public sealed record AdhesionView(
    string Id,
    string GroupementId,
    Member Member,
    Referent Referent,
    IReadOnlyList<Need> Needs,
    AdhesionStatus Status,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<DocumentView> Documents,
    JsonElement? Deliberation,
    PrefectureView? Prefecture,
    PublicationView? Publication,
    DateOnly? ExecutoryOn,
    IReadOnlyList<NotificationView> Notifications,
    IReadOnlyList<HistoryView> History)
{
    /// <summary>The short dossier number (<c>EPRIMO-2026-0042</c>), allocated at submission; null on adhésions filed before it existed.</summary>
    public string? Reference { get; init; }

    /// <summary>What the decider needs, derived from the read model.</summary>
    public AdhesionState ToState() => new(
        Status,
        Findings.Any(f => f.Severity == FindingView.Error),
        Prefecture?.ActId,
        Prefecture?.ReceivedOn,
        Publication?.PublishedOn,
        Publication?.Mode,
        ExecutoryOn);
}

/// <summary>One analysis finding; severity is error, warning or info.</summary>
public sealed record FindingView(string Code, string Severity, string Message)
{
    /// <summary>Where the finding was read (page, line, the quoted passage); null when it is about something absent.</summary>
    public Groupement.Domain.Deliberations.Evidence? Evidence { get; init; }

    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

/// <summary>One stored document as listed on the adhésion.</summary>
public sealed record DocumentView(string Kind, string FileName, string Sha256, long Size, DateTimeOffset UploadedAt);

public sealed record PrefectureView(string? ActId, DateOnly? SentOn, DateOnly? ReceivedOn);

public sealed record PublicationView(DateOnly? PublishedOn, string? Mode);

/// <summary>One notification and its delivery status (pending, sent, delivered, bounce, dropped, failed).</summary>
public sealed record NotificationView(string Kind, string To, DateTimeOffset? SentAt, string Status);

/// <summary>One history entry: who did what, when, and why.</summary>
/// <remarks><see cref="Ref"/> ties an entry to the signal that caused it (so a re-run activity sees it was applied); not shown.</remarks>
public sealed record HistoryView(DateTimeOffset At, string Event, string By, string? Comment = null,
    [property: System.Text.Json.Serialization.JsonIgnore] string? Ref = null);
