namespace Groupement.Domain.Members;

/// <summary>
/// UAI codes (Unité administrative immatriculée, ex-RNE) of schools: 7 digits then a check letter, the remainder of
/// the 7-digit number divided by 23 taken in the alphabet without I, O and Q (0440001M). Corsica uses 620/720.
/// </summary>
public static class Uai
{
    public const string InvalidCode = "INVALID_UAI";
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /// <summary>The check letter of a 7-digit number.</summary>
    public static char CheckLetter(string sevenDigits)
    {
        if (sevenDigits.Length != 7 || !sevenDigits.All(char.IsAsciiDigit))
            throw new ArgumentException("Sept chiffres attendus.", nameof(sevenDigits));
        return Letters[(int)(long.Parse(sevenDigits, System.Globalization.CultureInfo.InvariantCulture) % 23)];
    }

    /// <summary>Checks a UAI (upper-cased, surrounding spaces removed).</summary>
    public static FieldCheck Check(string? input, string field = "uai")
    {
        var value = (input ?? "").Trim().ToUpperInvariant();
        if (value.Length != 8 || !value[..7].All(char.IsAsciiDigit) || !char.IsAsciiLetterUpper(value[7]))
            return FieldCheck.Fail(field, InvalidCode,
                $"Le code UAI « {(input ?? "").Trim()} » doit comporter 7 chiffres suivis d'une lettre (ex. 0440001M).");
        var expected = CheckLetter(value[..7]);
        if (value[7] != expected)
            return FieldCheck.Fail(field, InvalidCode,
                $"Le code UAI {value} n'est pas valide (lettre de contrôle attendue : {expected}).");
        return FieldCheck.Ok(field, value);
    }

    public static bool IsValid(string? input) => Check(input).IsValid;
}
