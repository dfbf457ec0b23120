using Groupement.Domain.Notifications;

namespace Groupement.Domain.Adhesions;

/// <summary>
/// The French words a person reads for the API's codes (member kinds, history events, emails and their delivery,
/// documents, finding severities, publication modes, who acted). The API sends them beside the codes, so pages and the
/// console keep no copy of the vocabulary; an unknown code reads as itself.
/// </summary>
public static class AdhesionLabels
{
    public static IReadOnlyList<(string Code, string Label)> MemberKinds { get; } =
    [
        ("commune", "Commune"),
        ("epci", "EPCI (communauté de communes, d'agglomération…)"),
        ("departement", "Département"),
        ("region", "Région"),
        ("ecole-privee", "École privée sous contrat"),
        ("autre", "Autre"),
    ];

    private static readonly Dictionary<string, string> Kinds = MemberKinds.ToDictionary(k => k.Code, k => k.Label);

    private static readonly Dictionary<string, string> Events = new(StringComparer.Ordinal)
    {
        ["submitted"] = "Dossier déposé",
        ["analysis-completed"] = "Analyse des pièces terminée",
        ["approved"] = "Dossier accepté",
        ["rejected"] = "Adhésion refusée",
        ["changes-requested"] = "Compléments demandés",
        ["documents-resubmitted"] = "Nouvelles pièces déposées",
        ["prefecture-receipt-recorded"] = "Réception en préfecture déclarée",
        ["publication-recorded"] = "Publication déclarée",
        ["enrolled"] = "Adhésion enregistrée",
        ["withdrawn"] = "Retrait enregistré",
        ["closed"] = "Dossier clos",
        ["prefecture-anomaly"] = "Anomalie signalée par la préfecture",
        ["command-refused"] = "Demande refusée",
        ["email-delivered"] = "Courriel remis",
        ["email-bounce"] = "Courriel rejeté par le destinataire",
        ["email-dropped"] = "Courriel non remis",
    };

    private static readonly Dictionary<string, string> Emails = new(StringComparer.Ordinal)
    {
        [NotificationKinds.Invitation] = "Invitation",
        [NotificationKinds.SubmissionReceived] = "Accusé de réception du dépôt",
        [NotificationKinds.ChangesRequested] = "Demande de compléments",
        [NotificationKinds.ReviewNeeded] = "Dossier à examiner",
        [NotificationKinds.ReviewReminder] = "Relance d'examen",
        [NotificationKinds.PrefectureReminder] = "Rappel : préfecture et publication",
        [NotificationKinds.Enrolled] = "Confirmation d'adhésion",
        [NotificationKinds.Rejected] = "Refus d'adhésion",
        [NotificationKinds.DeadlineReminder] = "Rappel de la date limite",
        [NotificationKinds.WithdrawalWindowOpen] = "Ouverture de la fenêtre de retrait",
        [NotificationKinds.MarketEnd] = "Fin du marché",
        [NotificationKinds.WithdrawalReceived] = "Retrait enregistré",
        [NotificationKinds.Anomaly] = "Anomalie signalée par la préfecture",
        [NotificationKinds.Closed] = "Dossier clos",
        ["sign-in"] = "Lien de connexion",
    };

    private static readonly Dictionary<string, string> Deliveries = new(StringComparer.Ordinal)
    {
        ["pending"] = "en attente d'envoi",
        ["retrying"] = "en attente d'envoi",
        ["sent"] = "envoyé",
        ["delivered"] = "remis",
        ["bounce"] = "rejeté par le destinataire",
        ["dropped"] = "non remis",
        ["failed"] = "échec de l'envoi",
    };

    private static readonly Dictionary<string, string> Documents = new(StringComparer.Ordinal)
    {
        ["deliberation"] = "Délibération",
        ["convention"] = "Convention signée",
        ["annexes"] = "Annexe",
        ["ar-acte"] = "Accusé de réception de la préfecture",
        ["anomalie-acte"] = "Anomalie signalée par la préfecture",
    };

    private static readonly Dictionary<string, string> Severities = new(StringComparer.Ordinal)
    {
        ["error"] = "Bloquant",
        ["warning"] = "À vérifier",
        ["info"] = "Information",
    };

    private static readonly Dictionary<string, string> Modes = new(StringComparer.Ordinal)
    {
        ["affichage"] = "Affichage",
        ["publication-electronique"] = "Publication électronique",
    };

    private static readonly Dictionary<string, string> Actors = new(StringComparer.Ordinal)
    {
        ["member"] = "le membre",
        ["coordinator"] = "le coordonnateur",
        ["admin"] = "l'administrateur",
        ["system"] = "automatiquement",
        ["prefecture"] = "la préfecture",
        ["sendgrid"] = "le service d'envoi",
    };

    public static string MemberKind(string? code) => Of(Kinds, code);
    public static string Event(string? code) => Of(Events, code);
    public static string Email(string? code) => Of(Emails, code);
    public static string Delivery(string? code) => Of(Deliveries, code);
    public static string Document(string? code) => Of(Documents, code);
    public static string Severity(string? code) => Of(Severities, code);
    public static string PublicationMode(string? code) => Of(Modes, code);

    /// <summary>Who acted, as a person reads it; a named person (an email) stays as it is.</summary>
    public static string Actor(string? by) => Of(Actors, by);

    private static string Of(Dictionary<string, string> labels, string? code) =>
        code is null ? "" : labels.GetValueOrDefault(code, code);
}
