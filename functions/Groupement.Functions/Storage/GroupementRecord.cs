namespace Groupement.Functions.Storage;

/// <summary>The coordinator named on a groupement.</summary>
public sealed record Coordinator(string Name, string Siren, string Email);

/// <summary>A groupement as stored: identity, coordinator, calendar (data, not code), reviewers, keywords, key hash.</summary>
public sealed record GroupementRecord(
    string Id,
    string Name,
    Coordinator Coordinator,
    DateOnly JoinDeadline,
    DateOnly MarketStart,
    int FirstPeriodMonths,
    int Renewals,
    int RenewalMonths,
    int WithdrawalNoticeMonths,
    IReadOnlyList<string> Reviewers,
    IReadOnlyList<string> Keywords,
    string CoordinatorKeyHash,
    DateTimeOffset CreatedAt);

/// <summary>A member invited to a groupement (by whom: <see cref="Auth.AdhesionAccess.ActorOf"/>); only the hash of its personal token is kept.</summary>
public sealed record InvitationRecord(
    string Siren,
    string Name,
    string Email,
    string MemberTokenHash,
    DateTimeOffset InvitedAt,
    string? SubmittedAdhesionId = null,
    string? InvitedBy = null);
