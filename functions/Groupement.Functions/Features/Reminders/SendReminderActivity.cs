using Groupement.Domain.Adhesions;
using Groupement.Domain.Reminders;
using Groupement.Functions.Email;
using Groupement.Functions.Storage;
using Microsoft.DurableTask;

namespace Groupement.Functions.Features.Reminders;

/// <summary>
/// Sends one reminder at most once: the ledger row is keyed by the reminder's instance id, scoped to the adhésion
/// (so it shows on it) or to the groupement for an invited member who has none; then records it in the reminder log.
/// </summary>
public sealed class SendReminderActivity(GroupementStore groupements, AdhesionStore adhesions, NotificationStore ledger,
    NotificationSender sender, ReminderLog log) : TaskActivity<ReminderRequest, bool>
{
    public const string Name = "SendReminder";

    public override async Task<bool> RunAsync(TaskActivityContext context, ReminderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var groupement = await groupements.GetAsync(request.GroupementId)
            ?? throw new InvalidOperationException($"Groupement {request.GroupementId} not found.");
        var adhesion = request.AdhesionId is null ? null : await adhesions.GetViewAsync(request.AdhesionId);
        var invitation = request.Siren is null ? null : await groupements.GetInvitationAsync(groupement.Id, request.Siren);
        var underReview = request.Kind == ReminderKinds.Review
            ? await adhesions.ListAsync(groupement.Id, AdhesionStatus.UnderReview)
            : [];
        var model = ReminderMessages.Compose(request, new ReminderMessages.Facts(groupement, adhesion, invitation, underReview), sender.PublicBaseUrl);
        var scope = request.AdhesionId ?? request.GroupementId;
        var sent = await sender.SendOnceAsync(scope, request.InstanceId, model);
        var record = await ledger.GetAsync(scope, request.InstanceId);
        await log.RecordAsync(groupement.Id, new SentReminder(request.InstanceId, request.Kind, request.Recipient, request.Milestone,
            request.Email, request.DueOn, request.AdhesionId, request.Siren, record?.SentAt, record?.Status ?? NotificationStatuses.Pending));
        return sent;
    }
}
