namespace Groupement.Domain.French;

/// <summary>Writes dates the French way: "1er mars 2026", "9 mars 2026".</summary>
public static class FrenchDateFormat
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Long(DateOnly date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}";

    public static string MonthName(int month) => Months[month - 1];
}
