using Groupement.Domain.Time;

namespace Groupement.Functions.Email;

/// <summary>The French words of each notification kind (messages to the référent of a member).</summary>
internal static partial class NotificationTemplates
{
    public static NotificationContent For(NotificationModel m) => m.Kind switch
    {
        NotificationKinds.Invitation => Invitation(m),
        NotificationKinds.SubmissionReceived => SubmissionReceived(m),
        NotificationKinds.ChangesRequested => ChangesRequested(m),
        NotificationKinds.ReviewNeeded => ReviewNeeded(m),
        NotificationKinds.ReviewReminder => ReviewReminder(m),
        NotificationKinds.PrefectureReminder => PrefectureReminder(m),
        NotificationKinds.Enrolled => Enrolled(m),
        NotificationKinds.Rejected => Rejected(m),
        NotificationKinds.DeadlineReminder => DeadlineReminder(m),
        NotificationKinds.WithdrawalWindowOpen => WithdrawalWindowOpen(m),
        NotificationKinds.MarketEnd => MarketEnd(m),
        NotificationKinds.WithdrawalReceived => WithdrawalReceived(m),
        NotificationKinds.Anomaly => Anomaly(m),
        NotificationKinds.Closed => Closed(m),
        NotificationKinds.SignIn => SignIn(m),
        _ => throw new ArgumentException($"Unknown notification kind '{m.Kind}'.", nameof(m)),
    };

    private static NotificationContent Invitation(NotificationModel m) => new(
        $"Invitation à adhérer au groupement « {m.GroupementName} »",
        [
            $"Le groupement de commandes « {m.GroupementName} » invite {Member(m)} à le rejoindre.",
            "Pour adhérer, déposez en ligne la délibération de votre assemblée et la convention signée"
                + (m.Deadline is { } d ? $", avant le {FrenchDate.Format(d)}." : "."),
            "Ce lien vous est personnel : merci de ne pas le transférer.",
        ],
        "Déposer le dossier d'adhésion");

    private static NotificationContent SubmissionReceived(NotificationModel m) => new(
        $"Dossier d'adhésion reçu – {m.GroupementName}",
        [
            $"Nous avons bien reçu le dossier d'adhésion de {Member(m)} au groupement « {m.GroupementName} »"
                + (m.Date(NotificationDates.SubmittedOn) is { } d ? $", déposé le {FrenchDate.Format(d)}." : "."),
            "Le coordonnateur va l'examiner. Vous serez informé(e) par courriel de la suite.",
        ],
        "Suivre le dossier",
        ItemsLabel: "Points relevés lors de la lecture automatique des documents :");

    private static NotificationContent ChangesRequested(NotificationModel m) => new(
        $"Dossier d'adhésion à compléter – {m.GroupementName}",
        [$"Le coordonnateur du groupement « {m.GroupementName} » demande des corrections au dossier d'adhésion de {Member(m)}."],
        "Compléter le dossier",
        CommentLabel: "Son message :",
        Closing: ["Merci de déposer les documents corrigés"
            + (m.Deadline is { } d ? $" avant le {FrenchDate.Format(d)}." : " dès que possible.")]);

    private static NotificationContent PrefectureReminder(NotificationModel m) => new(
        $"Rappel : transmission en préfecture – {m.GroupementName}",
        [
            $"Le dossier d'adhésion de {Member(m)} au groupement « {m.GroupementName} » a été accepté par le coordonnateur.",
            "Pour finaliser l'adhésion, il manque encore l'accusé de réception de la préfecture ou la date de publication (ou d'affichage) de la délibération.",
            "Merci de les indiquer sur la page du dossier.",
        ],
        "Compléter le dossier");

    private static NotificationContent Enrolled(NotificationModel m) => new(
        $"Adhésion confirmée – {m.GroupementName}",
        Lines(
            $"{Cap(Member(m))} est désormais membre du groupement de commandes « {m.GroupementName} ».",
            m.Date(NotificationDates.ExecutoryOn) is { } e ? $"La délibération est exécutoire depuis le {FrenchDate.Format(e)}." : null,
            m.Date(NotificationDates.MarketStart) is { } s ? $"Le marché débutera le {FrenchDate.Format(s)}." : null,
            "L'attestation d'adhésion est jointe à ce message."),
        "Voir le dossier");

    private static NotificationContent Rejected(NotificationModel m) => new(
        $"Adhésion non retenue – {m.GroupementName}",
        [$"Le coordonnateur du groupement « {m.GroupementName} » n'a pas retenu le dossier d'adhésion de {Member(m)}."],
        "Voir le dossier",
        CommentLabel: "Motif indiqué :",
        Closing: ["Pour toute question, vous pouvez contacter le coordonnateur du groupement."]);

    private static NotificationContent DeadlineReminder(NotificationModel m) =>
        m.Date(NotificationDates.SentOn) is { } sentOn && sentOn > Required(m.Deadline, m, nameof(m.Deadline)) ? LastNotice(m) : new(
        $"Rappel : adhésion au groupement « {m.GroupementName} » avant le {FrenchDate.Format(Required(m.Deadline, m, nameof(m.Deadline)))}",
        [
            $"La date limite d'adhésion au groupement « {m.GroupementName} » est le {FrenchDate.Format(m.Deadline!.Value)}.",
            $"Le dossier de {Member(m)} n'est pas encore complet. Après cette date, l'adhésion ne sera plus possible.",
        ],
        "Compléter le dossier",
        Closing: string.IsNullOrWhiteSpace(m.Comment) ? null : [m.Comment.Trim()]);

    private static NotificationContent LastNotice(NotificationModel m) => new(
        $"Dernier avis : adhésion au groupement « {m.GroupementName} », date limite dépassée",
        [
            $"La date limite d'adhésion au groupement « {m.GroupementName} » était le {FrenchDate.Format(m.Deadline!.Value)}.",
            $"Le dossier de {Member(m)} attend toujours les corrections demandées.",
        ],
        "Voir le dossier",
        Closing: string.IsNullOrWhiteSpace(m.Comment) ? null : [m.Comment.Trim()]);

    private static NotificationContent Anomaly(NotificationModel m) => new(
        $"Anomalie signalée par la préfecture – {m.GroupementName}",
        [$"La préfecture a signalé une anomalie sur la transmission de la délibération de {Member(m)} (groupement « {m.GroupementName} »)."],
        "Voir le dossier",
        CommentLabel: "Message de la préfecture :",
        Closing: ["Merci de corriger la transmission dans votre outil de télétransmission, puis d'indiquer le nouvel accusé de réception sur la page du dossier."]);

    private static NotificationContent Closed(NotificationModel m) => new(
        $"Dossier d'adhésion clos – {m.GroupementName}",
        [
            $"Le dossier d'adhésion de {Member(m)} au groupement « {m.GroupementName} » est clos"
                + (m.Date(NotificationDates.ClosedOn) is { } d ? $" depuis le {FrenchDate.Format(d)}." : "."),
        ],
        "Voir le dossier",
        CommentLabel: "Précision du coordonnateur :",
        Closing: ["Aucune action n'est attendue de votre part."]);

    private static string Member(NotificationModel m) =>
        string.IsNullOrWhiteSpace(m.MemberName) ? "votre collectivité" : m.MemberName.Trim();

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string[] Lines(params string?[] lines) => lines.OfType<string>().ToArray();

    private static DateOnly Required(DateOnly? value, NotificationModel m, string name) =>
        value ?? throw new ArgumentException($"The '{m.Kind}' notification needs {name}.", nameof(m));
}
