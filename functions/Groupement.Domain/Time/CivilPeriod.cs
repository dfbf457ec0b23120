namespace Groupement.Domain.Time;

/// <summary>
/// A run of civil days, half-open: <see cref="Start"/> is the first day, <see cref="End"/> the first day after it.
/// A 24-month period starting 19 July 2026 is [2026-07-19, 2028-07-19): its last day is 18 July 2028.
/// </summary>
public readonly record struct CivilPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The last day inside the period.</summary>
    public DateOnly LastDay => End.AddDays(-1);

    public bool Contains(DateOnly day) => day >= Start && day < End;

    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>A period of whole months: clamped to the month's end when the day does not exist (31 → 30, 29 Feb → 28).</summary>
    public static CivilPeriod OfMonths(DateOnly start, int months) => new(start, start.AddMonths(months));

    public override string ToString() => $"{Start:yyyy-MM-dd}..{LastDay:yyyy-MM-dd}";
}
