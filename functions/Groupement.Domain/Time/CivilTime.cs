namespace Groupement.Domain.Time;

/// <summary>Instant and civil-day conversions for any time zone (Paris is the usual one: see <see cref="Paris"/>).</summary>
public static class CivilTime
{
    public static DateOnly ToCivilDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) => ToCivilDay(clock.GetUtcNow(), zone);

    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone) => At(day, TimeOnly.MinValue, zone);

    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Spring forward: the wall clock jumps; take the same elapsed time after the jump.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local - before, TimeSpan.Zero).ToOffset(zone.GetUtcOffset(local.AddHours(3)));
        }
        if (zone.IsAmbiguousTime(local))
        {
            var first = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, first);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
