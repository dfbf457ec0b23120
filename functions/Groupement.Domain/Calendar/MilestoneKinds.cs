namespace Groupement.Domain.Calendar;

/// <summary>Stable codes of <see cref="CalendarMilestone.Kind"/> (JSON and ICS UIDs depend on them: never rename).</summary>
public static class MilestoneKinds
{
    public const string JoinDeadline = "join-deadline";
    public const string MarketStart = "market-start";
    public const string WithdrawalWindowOpen = "withdrawal-window-open";
    public const string WithdrawalWindowClose = "withdrawal-window-close";
    public const string FirstPeriodEnd = "first-period-end";
    public const string RenewalStart = "renewal-start";
    public const string MarketEnd = "market-end";
}

/// <summary>
/// One dated event of a groupement's life. <see cref="Date"/> is the civil day (Europe/Paris) on which it holds:
/// for a deadline or an end, the last day still inside (submissions until 23:59:59 Paris time that day).
/// <see cref="Index"/> numbers the renewals (1, 2, …); 0 otherwise.
/// </summary>
public sealed record CalendarMilestone(string Kind, DateOnly Date, string Label, int Index = 0);
