using Groupement.Domain.French;

namespace Groupement.Domain.Deliberations;

/// <summary>Kinds of member used by the rules.</summary>
public static class MemberKinds
{
    public const string Commune = "commune";
    public const string Epci = "epci";
    public const string Syndicat = "syndicat";
    public const string Departement = "departement";
    public const string Region = "region";
    public const string Etablissement = "etablissement";

    /// <summary>Maps free text ("Commune", "EPCI", "communauté de communes", "département") to a kind; null when unknown.</summary>
    public static string? Normalize(string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind)) return null;
        var k = FrenchText.Fold(kind);
        if (k.Contains("syndicat", StringComparison.Ordinal) || k.Contains("syndicate", StringComparison.Ordinal)) return Syndicat;
        if (k.Contains("ecole", StringComparison.Ordinal) || k.Contains("school", StringComparison.Ordinal) || k.Contains("ogec", StringComparison.Ordinal)
            || k.Contains("etablissement", StringComparison.Ordinal) || k.Contains("association", StringComparison.Ordinal)) return Etablissement;
        if (k.Contains("epci", StringComparison.Ordinal) || k.Contains("communaute", StringComparison.Ordinal) || k.Contains("metropole", StringComparison.Ordinal)) return Epci;
        if (k.Contains("commune", StringComparison.Ordinal) || k.Contains("municip", StringComparison.Ordinal)) return Commune;
        if (k.Contains("departement", StringComparison.Ordinal) || k.Contains("department", StringComparison.Ordinal)) return Departement;
        if (k.Contains("region", StringComparison.Ordinal)) return Region;
        return null;
    }
}
