using Groupement.Domain.Adhesions;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Exports;

/// <summary>An enrolled member as exported: identity, référent, needs, executory date and act id.</summary>
public sealed record EnrolledMember(
    string AdhesionId,
    Member Member,
    Referent Referent,
    IReadOnlyList<Need> Needs,
    DateOnly? ExecutoryOn,
    string? ActId)
{
    /// <summary>The dossier number; null for an adhésion filed before numbers existed.</summary>
    public string? Reference { get; init; }

    public static EnrolledMember From(AdhesionView view) =>
        new(view.Id, view.Member, view.Referent, view.Needs, view.ExecutoryOn, view.Prefecture?.ActId) { Reference = view.Reference };
}
