namespace Groupement.Domain.Notifications;

/// <summary>
/// Notification kinds (DESIGN.md §4), the value of the <c>X-Notification-Kind</c> header and the
/// <c>kind</c> custom arg. Three go beyond §4: a withdrawal recorded, a prefecture anomaly, a closing.
/// </summary>
public static class NotificationKinds
{
    /// <summary>A member is invited to join; carries its personal link.</summary>
    public const string Invitation = "invitation";
    /// <summary>To the référent: the application was received.</summary>
    public const string SubmissionReceived = "submission-received";
    /// <summary>To the référent: the coordinator asks for corrections.</summary>
    public const string ChangesRequested = "changes-requested";
    /// <summary>To the reviewers: an application waits for them.</summary>
    public const string ReviewNeeded = "review-needed";
    /// <summary>To the reviewers: applications still wait for them.</summary>
    public const string ReviewReminder = "review-reminder";
    /// <summary>To the référent: the prefecture receipt or the publication is still missing.</summary>
    public const string PrefectureReminder = "prefecture-reminder";
    /// <summary>To the référent: the member is enrolled (with the attestation).</summary>
    public const string Enrolled = "enrolled";
    /// <summary>To the référent: the application was rejected.</summary>
    public const string Rejected = "rejected";
    /// <summary>To the référent: the joining deadline approaches.</summary>
    public const string DeadlineReminder = "deadline-reminder";
    /// <summary>To the référent of an enrolled member: the withdrawal window is open.</summary>
    public const string WithdrawalWindowOpen = "withdrawal-window-open";
    /// <summary>To the référent of an enrolled member: the market ends.</summary>
    public const string MarketEnd = "market-end";
    /// <summary>To the référent: the withdrawal letter is recorded.</summary>
    public const string WithdrawalReceived = "withdrawal-received";
    /// <summary>To the référent: the prefecture answered with an AnomalieActe.</summary>
    public const string Anomaly = "anomaly";
    /// <summary>To the référent: the application is closed.</summary>
    public const string Closed = "closed";
    /// <summary>To a member of a groupement's staff: the single-use sign-in link of the console.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Every kind the composer knows.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Invitation, SubmissionReceived, ChangesRequested, ReviewNeeded, ReviewReminder, PrefectureReminder, Enrolled,
        Rejected, DeadlineReminder, WithdrawalWindowOpen, MarketEnd, WithdrawalReceived, Anomaly, Closed, SignIn,
    ];
}

/// <summary>Keys of <see cref="NotificationModel.Dates"/>.</summary>
public static class NotificationDates
{
    /// <summary>The day the application was submitted.</summary>
    public const string SubmittedOn = "submittedOn";
    /// <summary>The day the délibération became executory.</summary>
    public const string ExecutoryOn = "executoryOn";
    /// <summary>The market start.</summary>
    public const string MarketStart = "marketStart";
    /// <summary>The market end.</summary>
    public const string MarketEnd = "marketEnd";
    /// <summary>The end of the first period (the withdrawal takes effect then).</summary>
    public const string FirstPeriodEnd = "firstPeriodEnd";
    /// <summary>The day a withdrawal letter was received.</summary>
    public const string ReceivedOn = "receivedOn";
    /// <summary>The day a withdrawal takes effect.</summary>
    public const string EffectiveOn = "effectiveOn";
    /// <summary>The day the notice is written for (a reminder after the deadline says so).</summary>
    public const string SentOn = "sentOn";
    /// <summary>The day the application was closed.</summary>
    public const string ClosedOn = "closedOn";
}
