using System.Globalization;
using System.Text.RegularExpressions;

namespace Groupement.Domain.Acts;

/// <summary>ACTES act identifier <c>DDD-SIREN-YYYYMMDD-NUMERO-NA</c>, e.g. <c>049-214901159-20260202-2026_011-DE</c>.</summary>
public sealed partial record ActId(string Department, string Siren, DateOnly DecisionDate, string Number, ActNature Nature)
{
    public override string ToString() =>
        $"{Department}-{Siren}-{DecisionDate:yyyyMMdd}-{Number}-{Nature.Abbreviation}";

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why, in French.</summary>
    public static bool TryParse(string? text, out ActId? actId, out string? error)
    {
        actId = null;
        var value = text?.Trim() ?? "";
        var m = Shape().Match(value);
        if (!m.Success)
        {
            error = $"L'identifiant d'acte « {value} » n'a pas la forme DDD-SIREN-AAAAMMJJ-NUMERO-NA.";
            return false;
        }
        var dept = m.Groups["dept"].Value;
        if (!IsDepartment(dept))
        {
            error = $"Le département « {dept} » de l'identifiant d'acte n'existe pas (001 à 095, 02A, 02B, 971 à 978).";
            return false;
        }
        if (!DateOnly.TryParseExact(m.Groups["date"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error = $"La date « {m.Groups["date"].Value} » de l'identifiant d'acte n'est pas une date valide.";
            return false;
        }
        var number = m.Groups["num"].Value;
        if (number.StartsWith('_') || number.EndsWith('_'))
        {
            error = $"Le numéro interne « {number} » ne peut pas commencer ni finir par « _ ».";
            return false;
        }
        var nature = ActNature.FromAbbreviation(m.Groups["nature"].Value);
        if (nature is null)
        {
            error = $"La nature « {m.Groups["nature"].Value} » de l'identifiant d'acte est inconnue (DE, AR, AI, CC, BF, AU).";
            return false;
        }
        actId = new ActId(dept, m.Groups["siren"].Value, date, number, nature);
        error = null;
        return true;
    }

    public static ActId? Parse(string? text) => TryParse(text, out var id, out _) ? id : null;

    /// <summary>ACTES department: 0 + INSEE 2-digit code, 02A/02B for Corsica, 97x overseas.</summary>
    public static bool IsDepartment(string dept)
    {
        if (dept is "02A" or "02B") return true;
        if (dept.Length != 3 || !dept.All(char.IsAsciiDigit)) return false;
        var n = int.Parse(dept, CultureInfo.InvariantCulture);
        return n is >= 1 and <= 95 and not 20 || n is >= 971 and <= 978;
    }

    /// <summary>ACTES department for an INSEE department code: "44" → "044", "2A" → "02A", "974" → "974".</summary>
    public static string DepartmentFromInsee(string inseeDepartment) =>
        inseeDepartment.Length == 3 ? inseeDepartment : "0" + inseeDepartment;

    [GeneratedRegex(@"^(?<dept>[09][0-9][AB0-9])-(?<siren>[0-9]{9})-(?<date>[0-9]{8})-(?<num>[a-zA-Z0-9_]{1,15})-(?<nature>[A-Z]{2})$")]
    private static partial Regex Shape();
}
