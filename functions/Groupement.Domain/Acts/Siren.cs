namespace Groupement.Domain.Acts;

/// <summary>SIREN: 9 digits with a Luhn check digit; the test value 000000000 is refused.</summary>
public static class Siren
{
    public static bool IsValid(string? siren)
    {
        if (siren is null || siren.Length != 9 || !siren.All(char.IsAsciiDigit) || siren == "000000000") return false;
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var digit = siren[8 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /// <summary>Removes spaces and dots ("214 401 093"); returns null when the rest is not 9 digits.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null) return null;
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        return digits.Length == 9 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
