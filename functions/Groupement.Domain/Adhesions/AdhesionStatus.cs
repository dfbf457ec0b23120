namespace Groupement.Domain.Adhesions;

/// <summary>Where an adhésion stands (DESIGN §4; serialised by name).</summary>
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
