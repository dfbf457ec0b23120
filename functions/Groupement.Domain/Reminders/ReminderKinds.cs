namespace Groupement.Domain.Reminders;

/// <summary>Notification kinds produced by the planner (DESIGN.md §4; also the <c>X-Notification-Kind</c> header).</summary>
public static class ReminderKinds
{
    public const string Deadline = "deadline-reminder";
    public const string Review = "review-reminder";
    public const string Prefecture = "prefecture-reminder";
    public const string WithdrawalWindowOpen = "withdrawal-window-open";
    public const string MarketEnd = "market-end";
}

/// <summary>Fixed milestone codes (the periodic kinds build theirs: see <see cref="ReminderPlanner"/>).</summary>
public static class ReminderMilestones
{
    /// <summary>"J-14", "J-7", "J-2": days before the joining deadline.</summary>
    public static string BeforeDeadline(int days) => $"J-{days}";

    /// <summary>The last notice, the day after the deadline, to adhésions still in ChangesRequested.</summary>
    public const string DeadlinePassed = "deadline-passed";

    public const string WindowOpen = "window-open";
    public const string WindowClosing = "window-closing";
    public const string MarketEndSoon = "market-end";
}
