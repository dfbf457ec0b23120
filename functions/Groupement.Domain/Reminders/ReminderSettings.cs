namespace Groupement.Domain.Reminders;

/// <summary>
/// Reminder settings of a groupement (all have defaults; bind from configuration or the groupement document).
/// </summary>
/// <param name="DeadlineOffsetsDays">Days before the joining deadline (J-14, J-7, J-2).</param>
/// <param name="ReviewStaleDays">An adhésion UnderReview this many days gets a review-reminder, then again every as many days.</param>
/// <param name="PrefectureIntervalDays">Days between prefecture-reminders (weekly).</param>
/// <param name="WithdrawalClosingDays">The second withdrawal reminder goes when this many days of the window remain.</param>
/// <param name="MarketEndMonths">market-end goes this many months before the end of the market.</param>
/// <param name="CatchUpDays">How many days late a missed one-shot reminder is still sent (see <see cref="ReminderPlanner"/>).</param>
/// <param name="MarketEndCatchUpDays">Catch-up for market-end, longer: six months ahead, a few weeks late is still useful.</param>
public sealed record ReminderSettings(
    IReadOnlyList<int> DeadlineOffsetsDays,
    int ReviewStaleDays = 7,
    int PrefectureIntervalDays = 7,
    int WithdrawalClosingDays = 15,
    int MarketEndMonths = 6,
    int CatchUpDays = 3,
    int MarketEndCatchUpDays = 30)
{
    public static ReminderSettings Default { get; } = new([14, 7, 2]);

    /// <summary>Field errors (French), empty when valid.</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (DeadlineOffsetsDays.Any(d => d is < 1 or > 365) || DeadlineOffsetsDays.Distinct().Count() != DeadlineOffsetsDays.Count)
            errors["deadlineOffsetsDays"] = ["Les rappels avant la date limite doivent être des nombres de jours distincts entre 1 et 365."];
        if (ReviewStaleDays < 1)
            errors["reviewStaleDays"] = ["Le délai avant relance des relecteurs doit être d'au moins un jour."];
        if (PrefectureIntervalDays < 1)
            errors["prefectureIntervalDays"] = ["L'intervalle des relances préfecture doit être d'au moins un jour."];
        if (WithdrawalClosingDays < 1 || MarketEndMonths < 1 || CatchUpDays < 0 || MarketEndCatchUpDays < 0)
            errors["reminders"] = ["Paramètres de rappel invalides."];
        return errors;
    }
}
