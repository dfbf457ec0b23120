namespace Groupement.Domain.Members;

/// <summary>What a member is (JSON codes: commune, epci, departement, region, ecole-privee, autre).</summary>
public enum MemberKind
{
    Commune,
    Epci,
    Departement,
    Region,
    EcolePrivee,
    Autre,
}

/// <summary>Member kind codes, their parsing and their check.</summary>
public static class MemberKinds
{
    public const string InvalidCode = "INVALID_MEMBER_KIND";
    public const string Commune = "commune";
    public const string Epci = "epci";
    public const string Departement = "departement";
    public const string Region = "region";
    public const string EcolePrivee = "ecole-privee";
    public const string Autre = "autre";

    /// <summary>Every JSON code.</summary>
    public static IReadOnlyList<string> All { get; } = [Commune, Epci, Departement, Region, EcolePrivee, Autre];

    /// <summary>True for a known code (accented spellings accepted).</summary>
    public static bool IsKnown(string? code) => TryParse(code, out _);

    private static readonly Dictionary<string, MemberKind> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["commune"] = MemberKind.Commune,
        ["epci"] = MemberKind.Epci,
        ["departement"] = MemberKind.Departement,
        ["département"] = MemberKind.Departement,
        ["region"] = MemberKind.Region,
        ["région"] = MemberKind.Region,
        ["ecole-privee"] = MemberKind.EcolePrivee,
        ["école-privée"] = MemberKind.EcolePrivee,
        ["autre"] = MemberKind.Autre,
    };

    /// <summary>The JSON code of a kind.</summary>
    public static string ToCode(this MemberKind kind) => kind switch
    {
        MemberKind.Commune => "commune",
        MemberKind.Epci => "epci",
        MemberKind.Departement => "departement",
        MemberKind.Region => "region",
        MemberKind.EcolePrivee => "ecole-privee",
        _ => "autre",
    };

    /// <summary>Parses a code, case-insensitively (accented spellings accepted).</summary>
    public static bool TryParse(string? code, out MemberKind kind) =>
        ByCode.TryGetValue((code ?? "").Trim(), out kind);

    /// <summary>Checks a kind field; the normalised value is the JSON code.</summary>
    public static FieldCheck Check(string? code, string field = "kind") =>
        TryParse(code, out var kind)
            ? FieldCheck.Ok(field, kind.ToCode())
            : FieldCheck.Fail(field, InvalidCode,
                $"Le type de membre « {(code ?? "").Trim()} » est inconnu (valeurs admises : commune, epci, departement, region, ecole-privee, autre).");
}
