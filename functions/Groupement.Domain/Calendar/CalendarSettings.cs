namespace Groupement.Domain.Calendar;

/// <summary>
/// The calendar fields of a groupement, as posted to <c>POST /api/groupements</c> (DESIGN.md §4).
/// e-primo 2026: deadline 2026-01-24, start 2026-07-19, 24 months, 1 renewal of 24 months, 2 months' notice.
/// Créteil: 12 months, 3 renewals of 12 months, no notice (null or 0).
/// </summary>
public sealed record CalendarSettings(
    DateOnly JoinDeadline,
    DateOnly MarketStart,
    int FirstPeriodMonths,
    int Renewals,
    int RenewalMonths,
    int? WithdrawalNoticeMonths)
{
    /// <summary>
    /// Field errors keyed by the JSON field name (camelCase), French messages; empty when valid.
    /// Shaped for <c>Results.ValidationProblem</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (FirstPeriodMonths is < 1 or > 120)
            errors["firstPeriodMonths"] = ["La durée de la première période doit être comprise entre 1 et 120 mois."];
        if (Renewals is < 0 or > 10)
            errors["renewals"] = ["Le nombre de reconductions doit être compris entre 0 et 10."];
        if (Renewals > 0 && RenewalMonths is < 1 or > 120)
            errors["renewalMonths"] = ["La durée d'une reconduction doit être comprise entre 1 et 120 mois."];
        if (Renewals == 0 && RenewalMonths < 0)
            errors["renewalMonths"] = ["La durée d'une reconduction ne peut pas être négative."];
        if (WithdrawalNoticeMonths is { } notice && (notice < 0 || notice >= Math.Max(FirstPeriodMonths, 1)))
            errors["withdrawalNoticeMonths"] =
                ["Le préavis de retrait doit être compris entre 0 et la durée de la première période (exclue)."];
        if (WithdrawalNoticeMonths is > 0 && Renewals == 0)
            errors["withdrawalNoticeMonths"] =
                ["Un préavis de retrait n'a de sens que si le marché est reconduit (reconductions ≥ 1)."];
        if (JoinDeadline >= MarketStart)
            errors["joinDeadline"] = ["La date limite d'adhésion doit précéder le début du marché."];
        return errors;
    }
}
