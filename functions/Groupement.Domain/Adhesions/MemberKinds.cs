namespace Groupement.Domain.Adhesions;

/// <summary>The accepted values of <see cref="Member.Kind"/>.</summary>
public static class MemberKinds
{
    public const string Commune = "commune";
    public const string Epci = "epci";
    public const string Departement = "departement";
    public const string Region = "region";
    public const string EcolePrivee = "ecole-privee";
    public const string Autre = "autre";

    public static IReadOnlyList<string> All { get; } = [Commune, Epci, Departement, Region, EcolePrivee, Autre];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
