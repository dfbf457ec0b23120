using Azure;

namespace Groupement.Functions.Storage;

/// <summary>A read model as loaded, with the ETag to pass back to <see cref="AdhesionStore.UpdateAsync"/>.</summary>
public sealed record AdhesionRecord(AdhesionView View, ETag ETag);

/// <summary>One line of the per-groupement listing.</summary>
public sealed record AdhesionSummary(
    string Id,
    string GroupementId,
    Groupement.Domain.Adhesions.AdhesionStatus Status,
    string Siren,
    string MemberName,
    string Kind,
    int TotalAccounts,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The dossier number; null for an adhésion filed before numbers existed.</summary>
    public string? Reference { get; init; }

    /// <summary>The member's INSEE code (communes).</summary>
    public string? InseeCode { get; init; }

    /// <summary>How many findings of severity error, and of severity warning.</summary>
    public int Errors { get; init; }

    public int Warnings { get; init; }
}

/// <summary>The adhésion a member token opens.</summary>
public sealed record AdhesionRef(string AdhesionId, string GroupementId);
