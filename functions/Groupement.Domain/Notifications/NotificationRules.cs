namespace Groupement.Domain.Notifications;

/// <summary>Who receives a notification; the sending activity resolves the addresses.</summary>
public static class NotificationAudience
{
    public const string Referent = "referent";
    public const string Reviewers = "reviewers";
    public const string Coordinator = "coordinator";
}

/// <summary>One email that follows an event of an adhésion's history.</summary>
public sealed record NotificationRule(string Kind, string Audience);

/// <summary>
/// Which email follows which event (history event names, <see cref="Adhesions.AdhesionEvent.Name"/>): the one table
/// the orchestration plans its emails from, and the read model shows as pending until the email is sent.
/// </summary>
public static class NotificationRules
{
    private static readonly Dictionary<string, NotificationRule[]> Table = new(StringComparer.Ordinal)
    {
        ["submitted"] = [new(NotificationKinds.SubmissionReceived, NotificationAudience.Referent)],
        ["analysis-completed"] = [new(NotificationKinds.ReviewNeeded, NotificationAudience.Reviewers)],
        ["changes-requested"] = [new(NotificationKinds.ChangesRequested, NotificationAudience.Referent)],
        ["rejected"] = [new(NotificationKinds.Rejected, NotificationAudience.Referent)],
        ["enrolled"] = [new(NotificationKinds.Enrolled, NotificationAudience.Referent)],
        ["withdrawn"] =
        [
            new(NotificationKinds.WithdrawalReceived, NotificationAudience.Referent),
            new(NotificationKinds.WithdrawalReceived, NotificationAudience.Coordinator),
        ],
        ["closed"] = [new(NotificationKinds.Closed, NotificationAudience.Referent)],
        ["prefecture-anomaly"] = [new(NotificationKinds.Anomaly, NotificationAudience.Referent)],
    };

    /// <summary>The emails that follow <paramref name="eventName"/> (none for most events).</summary>
    public static IReadOnlyList<NotificationRule> After(string eventName) =>
        Table.TryGetValue(eventName, out var rules) ? rules : [];
}
