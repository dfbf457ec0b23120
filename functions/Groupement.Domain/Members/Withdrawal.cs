using Groupement.Domain.Calendar;
using Groupement.Domain.Time;

namespace Groupement.Domain.Members;

/// <summary>
/// The answer to a withdrawal request. When <see cref="Allowed"/>, the member stays bound through
/// <see cref="LastBoundDay"/> and is out from <see cref="EffectiveOn"/> (the end of the first period).
/// Otherwise <see cref="Code"/> is <c>WITHDRAWAL_WINDOW_CLOSED</c> (HTTP 422) and <see cref="Message"/> gives the window's dates.
/// </summary>
public sealed record WithdrawalDecision(
    bool Allowed,
    DateOnly RequestedOn,
    DateOnly? EffectiveOn,
    DateOnly? LastBoundDay,
    string? Code,
    string Message);

/// <summary>Decides withdrawal requests against a groupement's calendar (the caller checks that the adhésion is Enrolled).</summary>
public static class Withdrawal
{
    public const string WindowClosedCode = "WITHDRAWAL_WINDOW_CLOSED";

    /// <summary>Decides a request made at <paramref name="now"/>, judged on its Paris civil day.</summary>
    public static WithdrawalDecision Decide(GroupementCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var today = Paris.ToCivilDay(now);
        if (calendar.WithdrawalWindow is not { } window)
            return Refuse(today,
                "La convention de ce groupement ne prévoit pas de fenêtre de retrait : le retrait n'est pas possible " +
                $"avant la fin du marché (dernier jour : le {FrenchDate.Format(calendar.Market.LastDay)}).");

        var dates = $"La fenêtre de retrait est ouverte du {FrenchDate.Format(window.Start)} au {FrenchDate.Format(window.LastDay)}";
        if (today < window.Start)
            return Refuse(today, $"{dates} ; elle n'est pas encore ouverte.");
        if (today >= window.End)
        {
            var bound = calendar.Renewals.Count > 0 ? calendar.Renewals[0].LastDay : calendar.FirstPeriod.LastDay;
            return Refuse(today,
                $"{dates} ; elle est close : l'adhérent reste engagé jusqu'au {FrenchDate.Format(bound)}.");
        }
        var effective = calendar.FirstPeriod.End;
        return new WithdrawalDecision(true, today, effective, calendar.FirstPeriod.LastDay, null,
            $"Demande de retrait enregistrée le {FrenchDate.Format(today)} : le retrait prendra effet à la fin de la " +
            $"première période, le {FrenchDate.Format(effective)} (engagement jusqu'au {FrenchDate.Format(calendar.FirstPeriod.LastDay)} inclus).");
    }

    public static WithdrawalDecision Decide(GroupementCalendar calendar, TimeProvider clock) =>
        Decide(calendar, clock.GetUtcNow());

    private static WithdrawalDecision Refuse(DateOnly today, string message) =>
        new(false, today, null, null, WindowClosedCode, message);
}
