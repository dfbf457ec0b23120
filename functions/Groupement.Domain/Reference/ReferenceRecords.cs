namespace Groupement.Domain.Reference;

/// <summary>A current commune (COG): INSEE code, SIREN, name, populations, INSEE department code ("44", "2A", "974").</summary>
public sealed record Commune(string InseeCode, string? Siren, string Name, int? PopulationMunicipale, int? PopulationTotale, string Department, string? Region)
{
    /// <summary>The figure used for thresholds: the total population when known, else the municipal one.</summary>
    public PopulationFigure? Population => PopulationTotale is int t ? new(t, PopulationFigure.Totale)
        : PopulationMunicipale is int m ? new(m, PopulationFigure.Municipale) : null;
}

public sealed record EpciMember(string InseeCode, string? Siren, string Name, int? PopulationTotale, int? PopulationMunicipale);

/// <summary>An EPCI à fiscalité propre (CC, CA, CU, métropole) with its member communes.</summary>
public sealed record Epci(string Siren, string Name, string Type, int? PopulationTotale, int? PopulationMunicipale, IReadOnlyList<EpciMember> Members)
{
    /// <summary>The largest member commune, by total population: L5211-1 applies the 3,500 rules through it.</summary>
    public EpciMember? LargestMember => Members.MaxBy(m => m.PopulationTotale ?? m.PopulationMunicipale ?? 0);
}

/// <summary>A département or région (or the collectivity that stands for one), from our own table.</summary>
public sealed record Collectivite(string Siren, string Kind, string Code, string Name, IReadOnlyList<string> Departments);

/// <summary>A population and which figure it is.</summary>
public sealed record PopulationFigure(int Value, string Source)
{
    public const string Totale = "population totale (INSEE)";
    public const string Municipale = "population municipale (INSEE)";
    public const string Supplied = "population indiquée";
}
