namespace Groupement.Functions.Email;

/// <summary>
/// What a notification says. <paramref name="Link"/> is absolute (<c>PublicBaseUrl</c> + path, token included
/// when the recipient needs one). <paramref name="Deadline"/> is the date the recipient must act by (joining
/// deadline, last day of the withdrawal window); <paramref name="Dates"/> holds the others
/// (<see cref="NotificationDates"/>); <paramref name="Items"/> lists findings or pending applications;
/// <paramref name="Count"/> counts what a reminder is about. <paramref name="Reference"/> is the adhésion's dossier number
/// (<c>EPRIMO-2026-0042</c>): shown in the subject and the body so a person can quote it.
/// </summary>
public sealed record NotificationModel(
    string Kind,
    EmailAddress Recipient,
    string GroupementName,
    string Link,
    string? MemberName = null,
    string? AdhesionId = null,
    string? GroupementId = null,
    string? Comment = null,
    DateOnly? Deadline = null,
    IReadOnlyDictionary<string, DateOnly>? Dates = null,
    IReadOnlyList<string>? Items = null,
    int? Count = null,
    string? Reference = null)
{
    /// <summary>The date stored under <paramref name="key"/>, if any.</summary>
    public DateOnly? Date(string key) => Dates is not null && Dates.TryGetValue(key, out var d) ? d : null;
}

/// <summary>A composed notification: subject, plain text and HTML bodies.</summary>
public sealed record ComposedEmail(string Subject, string Text, string Html);
