namespace Groupement.Domain.Adhesions;

/// <summary>Civil days are counted in Europe/Paris.</summary>
public static class CivilDay
{
    private static readonly TimeZoneInfo ParisZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Paris(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ParisZone).DateTime);
}
