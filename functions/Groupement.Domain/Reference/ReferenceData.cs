using System.Diagnostics;
using System.Text.Json;

namespace Groupement.Domain.Reference;

/// <summary>Communes, EPCI, départements and régions looked up by SIREN or INSEE code. Load once, share.</summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, Commune> communesBySiren;
    private readonly Dictionary<string, Commune> communesByInsee;
    private readonly Dictionary<string, Epci> epciBySiren;

    private ReferenceData(IEnumerable<Commune> communes, IEnumerable<Epci> epcis, TimeSpan loadTime)
    {
        communesByInsee = communes.ToDictionary(c => c.InseeCode, StringComparer.Ordinal);
        communesBySiren = communesByInsee.Values.Where(c => c.Siren is not null)
            .GroupBy(c => c.Siren!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        epciBySiren = epcis.ToDictionary(e => e.Siren, StringComparer.Ordinal);
        LoadTime = loadTime;
    }

    public TimeSpan LoadTime { get; }
    public int CommuneCount => communesByInsee.Count;
    public int EpciCount => epciBySiren.Count;

    public Commune? CommuneBySiren(string siren) => communesBySiren.GetValueOrDefault(siren);
    public Commune? CommuneByInsee(string inseeCode) => communesByInsee.GetValueOrDefault(inseeCode.ToUpperInvariant());
    public Epci? EpciBySiren(string siren) => epciBySiren.GetValueOrDefault(siren);
    public static Collectivite? CollectiviteBySiren(string siren) => Collectivites.BySiren(siren);

    /// <summary>"commune", "epci", "departement", "region", or null when the SIREN is unknown here.</summary>
    public string? KindOf(string siren) =>
        CommuneBySiren(siren) is not null ? "commune"
        : EpciBySiren(siren) is not null ? "epci"
        : Collectivites.BySiren(siren)?.Kind;

    /// <summary>INSEE department codes where the member sits (several for an EPCI across a border).</summary>
    public IReadOnlySet<string> DepartmentsOf(string siren)
    {
        if (CommuneBySiren(siren) is { } c) return new HashSet<string> { c.Department };
        if (EpciBySiren(siren) is { } e)
        {
            return e.Members.Select(m => CommuneByInsee(m.InseeCode)?.Department).OfType<string>().ToHashSet();
        }
        return Collectivites.BySiren(siren)?.Departments.ToHashSet() ?? [];
    }

    /// <summary>The current communes of a département (INSEE code "44", "2A", "974"), by name.</summary>
    public IReadOnlyList<Commune> CommunesIn(string departement) =>
        [.. communesByInsee.Values.Where(c => c.Department == departement).OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))];

    /// <summary>The EPCI with at least one member commune in the département, by name.</summary>
    public IReadOnlyList<Epci> EpcisIn(string departement) =>
        [.. epciBySiren.Values.Where(e => e.Members.Any(m => CommuneByInsee(m.InseeCode)?.Department == departement))
            .OrderBy(e => e.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))];

    /// <summary>Reads <c>communes.json</c> and <c>epci.json</c> of @etalab/decoupage-administratif from <paramref name="dataDirectory"/>.</summary>
    public static ReferenceData Load(string dataDirectory)
    {
        using var communes = File.OpenRead(Path.Combine(dataDirectory, "communes.json"));
        using var epci = File.OpenRead(Path.Combine(dataDirectory, "epci.json"));
        return Load(communes, epci);
    }

    public static ReferenceData Load(Stream communesJson, Stream epciJson)
    {
        var watch = Stopwatch.StartNew();
        var communeRows = JsonSerializer.Deserialize(communesJson, ReferenceJsonContext.Default.ListCommuneRow) ?? [];
        var epciRows = JsonSerializer.Deserialize(epciJson, ReferenceJsonContext.Default.ListEpciRow) ?? [];
        var totals = new Dictionary<string, (int? Total, int? Municipal)>(StringComparer.Ordinal);
        foreach (var e in epciRows)
        {
            foreach (var m in e.Membres ?? []) totals[m.Code] = (m.PopulationTotale, m.PopulationMunicipale);
        }
        var communes = communeRows
            .Where(c => c.Type == "commune-actuelle" && c.Code is not null)
            .Select(c => new Commune(c.Code!, c.Siren, c.Nom ?? c.Code!, c.Population,
                totals.TryGetValue(c.Code!, out var t) ? t.Total : null, c.Departement ?? "", c.Region))
            .ToList();
        var epcis = epciRows.Where(e => e.Code is not null).Select(e => new Epci(e.Code!, e.Nom ?? e.Code!, e.Type ?? "",
            e.PopulationTotale, e.PopulationMunicipale,
            (e.Membres ?? []).Select(m => new EpciMember(m.Code, m.Siren, m.Nom ?? m.Code, m.PopulationTotale, m.PopulationMunicipale)).ToList()))
            .ToList();
        return new ReferenceData(communes, epcis, watch.Elapsed);
    }
}

internal sealed record CommuneRow(string? Code, string? Nom, string? Type, string? Siren, int? Population, string? Departement, string? Region);

internal sealed record EpciRow(string? Code, string? Nom, string? Type, int? PopulationTotale, int? PopulationMunicipale, List<MemberRow>? Membres);

internal sealed record MemberRow(string Code, string? Siren, string? Nom, int? PopulationTotale, int? PopulationMunicipale);

/// <summary>Source-generated reader for the etalab files (no reflection: the 8 MB communes file loads fast).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<CommuneRow>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<EpciRow>))]
internal sealed partial class ReferenceJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
