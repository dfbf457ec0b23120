namespace Groupement.Domain.Time;

/// <summary>Dates written out in French ("1er mai 2028", "19 juillet 2030"), independent of the machine's culture data.</summary>
public static class FrenchDate
{
    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    /// <summary>The French name of a month (1 = janvier).</summary>
    public static string MonthName(int month) => Months[month - 1];

    public static string Format(DateOnly day) =>
        $"{(day.Day == 1 ? "1er" : day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {Months[day.Month - 1]} {day.Year}";
}
