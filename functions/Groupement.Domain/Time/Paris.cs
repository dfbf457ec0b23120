namespace Groupement.Domain.Time;

/// <summary>
/// Civil days on the Europe/Paris calendar. Every deadline of a groupement is a civil day in Paris:
/// an instant belongs to the day shown on a wall clock in Paris at that instant, whatever the UTC date.
/// </summary>
public static class Paris
{
    public const string TimeZoneId = "Europe/Paris";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Today in Paris according to the given clock.</summary>
    public static DateOnly Today(TimeProvider clock) => ToCivilDay(clock.GetUtcNow());

    /// <summary>The Paris civil day an instant falls on.</summary>
    public static DateOnly ToCivilDay(DateTimeOffset instant) => CivilTime.ToCivilDay(instant, Zone);

    /// <summary>The Paris wall-clock time of an instant, with its offset (+01:00 or +02:00).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The first instant of a civil day (midnight in Paris).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => CivilTime.StartOfDay(day, Zone);

    /// <summary>The first instant of the next civil day: the exclusive end of <paramref name="day"/>.</summary>
    public static DateTimeOffset EndOfDayExclusive(DateOnly day) => CivilTime.StartOfDay(day.AddDays(1), Zone);

    /// <summary>
    /// The instant a Paris wall clock shows <paramref name="time"/> on <paramref name="day"/>.
    /// A time skipped by the spring change is moved forward by the gap; a time repeated by the autumn
    /// change resolves to its first occurrence (summer time).
    /// </summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => CivilTime.At(day, time, Zone);
}
