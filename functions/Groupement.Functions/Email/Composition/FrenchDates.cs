namespace Groupement.Functions.Email;

/// <summary>French long dates ("24 janvier 2026", "1er mars 2026") without depending on ICU data.</summary>
public static class FrenchDates
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>The long form of <paramref name="date"/>.</summary>
    public static string LongForm(DateOnly date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}";
}
