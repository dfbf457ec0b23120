namespace Groupement.Domain.Members;

/// <summary>Adhésion statuses of DESIGN.md §4 (JSON: the member names as they are).</summary>
public enum AdhesionStatus
{
    Submitted,
    UnderReview,
    ChangesRequested,
    AwaitingPrefecture,
    Enrolled,
    Rejected,
    Withdrawn,
    Closed,
}
