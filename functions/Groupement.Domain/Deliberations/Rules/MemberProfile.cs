using Groupement.Domain.Members;
using Groupement.Domain.Acts;
using Groupement.Domain.Deliberations.Parsing;
using Groupement.Domain.Reference;

namespace Groupement.Domain.Deliberations.Rules;

/// <summary>What the rules need to know about the member: its kind, its population, its departments.</summary>
internal sealed record MemberProfile(string? Kind, PopulationFigure? Population, EpciMember? LargestMember, IReadOnlySet<string> Departments)
{
    public static MemberProfile Resolve(DeliberationContext context, string? bodyKind)
    {
        var reference = context.Reference;
        var siren = Siren.Normalize(context.MemberSiren);
        var kind = MemberKinds.Normalize(context.MemberKind)
            ?? (siren is not null ? reference?.KindOf(siren) : null)
            ?? bodyKind;
        var departments = siren is not null && reference is not null ? reference.DepartmentsOf(siren)
            : siren is not null && Collectivites.BySiren(siren) is { } c ? c.Departments.ToHashSet() : new HashSet<string>();
        PopulationFigure? population = context.Population is int p ? new(p, PopulationFigure.Supplied) : null;
        EpciMember? largest = null;
        if (siren is not null && reference is not null)
        {
            if (reference.CommuneBySiren(siren) is { } commune) population ??= commune.Population;
            if (reference.EpciBySiren(siren) is { } epci)
            {
                largest = epci.LargestMember;
                population ??= epci.PopulationTotale is int t ? new(t, PopulationFigure.Totale) : null;
            }
        }
        return new MemberProfile(kind, population, largest, departments);
    }

    public bool IsIntercommunal => Kind is MemberKinds.Epci or MemberKinds.Syndicat;
}
