using Groupement.Domain.Reminders;

namespace Groupement.Functions.Features.Reminders;

/// <summary>The input of <see cref="ReminderOrchestrator"/>: one <see cref="DueReminder"/> and its instance id.</summary>
public sealed record ReminderRequest(
    string InstanceId,
    string GroupementId,
    string Kind,
    string Recipient,
    string Milestone,
    string Email,
    DateOnly DueOn,
    string? AdhesionId,
    string? Siren)
{
    public static ReminderRequest Of(DueReminder due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return new(due.Key.InstanceId, due.Key.GroupementId, due.Kind, due.Key.Recipient, due.Milestone, due.Email, due.DueOn,
            due.AdhesionId, due.Siren);
    }
}
