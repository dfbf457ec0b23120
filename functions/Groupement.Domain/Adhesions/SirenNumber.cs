namespace Groupement.Domain.Adhesions;

/// <summary>SIREN check: 9 digits, Luhn checksum, not all zeros.</summary>
public static class SirenNumber
{
    public static bool IsValid(string? siren)
    {
        if (siren is null || siren.Length != 9 || !siren.All(char.IsAsciiDigit) || siren == "000000000") return false;
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = siren[8 - i] - '0';
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
