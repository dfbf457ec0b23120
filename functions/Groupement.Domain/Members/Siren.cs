namespace Groupement.Domain.Members;

/// <summary>SIREN numbers (INSEE): 9 digits whose Luhn checksum is valid; 000000000 is refused.</summary>
public static class Siren
{
    public const string InvalidCode = "INVALID_SIREN";

    /// <summary>Checks a SIREN; spaces (and non-breaking spaces) between digit groups are accepted and removed.</summary>
    public static FieldCheck Check(string? input, string field = "siren")
    {
        var value = StripSpaces(input);
        if (value.Length == 0)
            return FieldCheck.Fail(field, InvalidCode, "Le numéro SIREN est obligatoire.");
        if (value.Length != 9 || !value.All(char.IsAsciiDigit))
            return FieldCheck.Fail(field, InvalidCode,
                $"Le numéro SIREN « {input!.Trim()} » doit comporter exactement 9 chiffres.");
        if (value == "000000000")
            return FieldCheck.Fail(field, InvalidCode, "Le numéro SIREN 000000000 n'est pas valide.");
        if (!Luhn.IsValid(value))
            return FieldCheck.Fail(field, InvalidCode,
                $"Le numéro SIREN {value} n'est pas valide (clé de contrôle incorrecte).");
        return FieldCheck.Ok(field, value);
    }

    public static bool IsValid(string? input) => Check(input).IsValid;

    /// <summary>Removes spaces and dots ("214 401 093"); returns null when the rest is not 9 digits (no checksum test).</summary>
    public static string? Normalize(string? input)
    {
        if (input is null) return null;
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        return digits.Length == 9 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static string StripSpaces(string? input) =>
        input is null ? "" : new string(input.Where(ch => !char.IsWhiteSpace(ch)).ToArray());
}

internal static class Luhn
{
    public static bool IsValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
