using Groupement.Domain.Time;

namespace Groupement.Functions.Email;

/// <summary>The words of the reviewers' notifications and of the calendar (withdrawal, market end).</summary>
internal static partial class NotificationTemplates
{
    private static NotificationContent ReviewNeeded(NotificationModel m) => new(
        $"Nouveau dossier à examiner : {Member(m)} – {m.GroupementName}",
        [$"{Cap(Member(m))} a déposé un dossier d'adhésion au groupement « {m.GroupementName} ». Il attend votre examen."],
        "Examiner le dossier",
        ItemsLabel: "Points relevés lors de la lecture automatique des documents :");

    private static NotificationContent ReviewReminder(NotificationModel m)
    {
        var count = m.Count ?? m.Items?.Count ?? 0;
        var what = count switch
        {
            0 => "Des dossiers d'adhésion attendent",
            1 => "1 dossier d'adhésion attend",
            _ => $"{count} dossiers d'adhésion attendent",
        };
        return new(
            count > 0 ? $"Rappel : {count} dossier{(count > 1 ? "s" : "")} à examiner – {m.GroupementName}"
                : $"Rappel : dossiers à examiner – {m.GroupementName}",
            Lines(
                $"{what} votre examen pour le groupement « {m.GroupementName} ».",
                m.Deadline is { } d ? $"La date limite d'adhésion est le {FrenchDate.Format(d)}." : null),
            "Voir les dossiers",
            ItemsLabel: "Dossiers en attente :");
    }

    private static NotificationContent WithdrawalWindowOpen(NotificationModel m)
    {
        var lastDay = Required(m.Deadline, m, nameof(m.Deadline));
        return new(
            $"Groupement « {m.GroupementName} » : retrait possible jusqu'au {FrenchDate.Format(lastDay)}",
            Lines(
                m.Date(NotificationDates.FirstPeriodEnd) is { } end
                    ? $"La première période du marché du groupement « {m.GroupementName} » se termine le {FrenchDate.Format(end)}."
                    : $"La première période du marché du groupement « {m.GroupementName} » arrive à son terme.",
                $"Si {Member(m)} souhaite se retirer du groupement, la demande doit être envoyée au plus tard le {FrenchDate.Format(lastDay)}.",
                "Sans démarche de votre part, l'adhésion se poursuit pour la période suivante."),
            "Demander le retrait");
    }

    private static NotificationContent MarketEnd(NotificationModel m)
    {
        var end = m.Date(NotificationDates.MarketEnd) ?? Required(m.Deadline, m, "Dates[marketEnd] or Deadline");
        return new(
            $"Fin du marché du groupement « {m.GroupementName} » le {FrenchDate.Format(end)}",
            [
                $"Le marché passé par le groupement « {m.GroupementName} » prend fin le {FrenchDate.Format(end)}.",
                $"Après cette date, {Member(m)} ne pourra plus passer de commande dans ce cadre. Pensez à anticiper vos besoins.",
            ],
            "Voir le groupement");
    }

    private static NotificationContent WithdrawalReceived(NotificationModel m) => new(
        $"Demande de retrait enregistrée – {m.GroupementName}",
        Lines(
            $"Nous avons enregistré la demande de retrait de {Member(m)} du groupement « {m.GroupementName} »"
                + (m.Date(NotificationDates.ReceivedOn) is { } r ? $", reçue le {FrenchDate.Format(r)}." : "."),
            (m.Date(NotificationDates.EffectiveOn) ?? m.Date(NotificationDates.FirstPeriodEnd)) is { } e
                ? $"Le retrait prendra effet le {FrenchDate.Format(e)}." : null),
        "Voir le dossier");
}
