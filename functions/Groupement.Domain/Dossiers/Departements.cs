namespace Groupement.Domain.Dossiers;

/// <summary>The INSEE département code of a commune from its INSEE code ("44109" → "44", "2A004" → "2A", "97411" → "974").</summary>
public static class Departements
{
    public static string? FromInseeCode(string? inseeCode)
    {
        if (inseeCode is not { Length: 5 }) return null;
        var code = inseeCode.ToUpperInvariant();
        return code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..2];
    }

    /// <summary>A département code as the API accepts it: two digits, 2A, 2B, or 97x/98x.</summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: 2 } two ? (two.All(char.IsAsciiDigit) && two != "20") || two is "2A" or "2B"
        : code is { Length: 3 } three && three.All(char.IsAsciiDigit) && three[..2] is "97" or "98";
}
