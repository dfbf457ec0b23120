using Groupement.Domain.Time;

namespace Groupement.Domain.Calendar;

internal static class CalendarMilestones
{
    public static IReadOnlyList<CalendarMilestone> Of(GroupementCalendar c)
    {
        var list = new List<CalendarMilestone>
        {
            new(MilestoneKinds.JoinDeadline, c.JoinDeadline,
                $"Date limite d'adhésion : le {FrenchDate.Format(c.JoinDeadline)} à 23 h 59 (heure de Paris)"),
            new(MilestoneKinds.MarketStart, c.MarketStart, $"Début du marché le {FrenchDate.Format(c.MarketStart)}"),
        };
        if (c.WithdrawalWindow is { } w)
        {
            list.Add(new(MilestoneKinds.WithdrawalWindowOpen, w.Start,
                $"Ouverture de la fenêtre de retrait le {FrenchDate.Format(w.Start)}"));
            list.Add(new(MilestoneKinds.WithdrawalWindowClose, w.LastDay,
                $"Dernier jour pour demander le retrait : le {FrenchDate.Format(w.LastDay)}"));
        }
        list.Add(new(MilestoneKinds.FirstPeriodEnd, c.FirstPeriod.LastDay,
            $"Fin de la première période de {c.Settings.FirstPeriodMonths} mois (dernier jour : le {FrenchDate.Format(c.FirstPeriod.LastDay)})"));
        for (var i = 0; i < c.Renewals.Count; i++)
        {
            var r = c.Renewals[i];
            list.Add(new(MilestoneKinds.RenewalStart, r.Start,
                $"Reconduction n° {i + 1} de {c.Settings.RenewalMonths} mois : du {FrenchDate.Format(r.Start)} au {FrenchDate.Format(r.LastDay)}",
                i + 1));
        }
        list.Add(new(MilestoneKinds.MarketEnd, c.Market.LastDay,
            $"Fin du marché (dernier jour : le {FrenchDate.Format(c.Market.LastDay)} ; la convention prend fin le {FrenchDate.Format(c.End)})"));
        return list.OrderBy(m => m.Date).ToList();
    }
}
