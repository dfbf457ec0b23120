using Groupement.Domain.Calendar;

namespace Groupement.Domain.Tests.Calendar;

/// <summary>The calendars of the real conventions (own reading of ../shared/seeds; no file is copied).</summary>
internal static class Conventions
{
    /// <summary>Nantes e-primo 2026: deadline 24 Jan 2026, start 19 Jul 2026, 24 months renewed once, 2 months' notice.</summary>
    public static CalendarSettings EPrimo2026 { get; } = new(
        new DateOnly(2026, 1, 24), new DateOnly(2026, 7, 19), 24, 1, 24, 2);

    /// <summary>Créteil ENT école 2025: 12 months renewable three times, no withdrawal window (dates are ours).</summary>
    public static CalendarSettings Creteil { get; } = new(
        new DateOnly(2025, 3, 14), new DateOnly(2025, 9, 1), 12, 3, 12, null);
}
