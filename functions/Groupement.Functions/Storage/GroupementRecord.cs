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
    DateTimeOffset CreatedAt)
{
    /// <summary>The prefix of its dossier numbers (<c>EPRIMO</c> in <c>EPRIMO-2026-0042</c>); null on groupements made before it existed.</summary>
    public string? ReferencePrefix { get; init; }

    /// <summary>The prefix in force: the one given at creation, else derived from the name.</summary>
    public string EffectiveReferencePrefix => ReferencePrefix ?? Groupement.Domain.Dossiers.DossierReference.DerivePrefix(Name);
}

/// <summary>A member invited to a groupement (by whom: <see cref="Auth.AdhesionAccess.ActorOf"/>); only the hash of its personal token is kept.</summary>
public sealed record InvitationRecord(
    string Siren,
    string Name,
    string Email,
    string MemberTokenHash,
    DateTimeOffset InvitedAt,
    string? SubmittedAdhesionId = null,
    string? InvitedBy = null,
    DateTimeOffset? LastRemindedAt = null);
