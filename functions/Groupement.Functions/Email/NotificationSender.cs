using Groupement.Functions.Hosting;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Email;

/// <summary>
/// Composes and sends a notification at most once per idempotency key: the ledger row is reserved before the send and
/// marked after it. A send interrupted between the two is retried only where the sender is idempotent itself (pickup);
/// through SendGrid, which has no idempotency key, it is marked failed for a person to look at rather than risk a duplicate.
/// </summary>
public sealed partial class NotificationSender(NotificationStore ledger, NotificationComposer composer, IEmailSender sender,
    HostSettings settings, TimeProvider time, ILogger<NotificationSender> logger)
{
    public string PublicBaseUrl => settings.PublicBaseUrl;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Sends unless already sent; returns true when this call sent it.</summary>
    public async Task<bool> SendOnceAsync(string scope, string key, NotificationModel model, IReadOnlyList<EmailAttachment>? attachments = null,
        CancellationToken ct = default)
    {
        using var span = GroupementTelemetry.Start("email.send", model.AdhesionId)?.SetTag(GroupementTelemetry.NotificationKindTag, model.Kind);
        var reservation = await ledger.TryReserveAsync(scope, key, model.Kind, model.Recipient.Email, ct);
        var status = reservation.Record.Status;
        if (!reservation.Reserved && status is not (NotificationStatuses.Pending or NotificationStatuses.Retrying)) return false;
        if (!reservation.Reserved && status == NotificationStatuses.Pending && sender is not PickupEmailSender)
        {
            LogInterrupted(logger, model.Kind, scope);
            await ledger.UpdateStatusAsync(scope, key, NotificationStatuses.Failed, "Envoi interrompu ; non renvoyé pour éviter un doublon.", ct);
            return false;
        }
        try
        {
            var result = await sender.SendAsync(composer.ComposeMessage(model, key, attachments), ct);
            await ledger.MarkSentAsync(scope, key, result.ProviderMessageId, ct);
            return true;
        }
        catch (NonRetryableEmailException e)
        {
            await ledger.UpdateStatusAsync(scope, key, NotificationStatuses.Failed, e.Message, ct);
            return false;
        }
        catch (EmailSendException e) when (e.IsRetryable && e.StatusCode is not null)
        {
            // The provider answered with a refusal (429, 5xx): nothing went out, so the activity's retry may send again.
            await ledger.UpdateStatusAsync(scope, key, NotificationStatuses.Retrying, e.Message, ct);
            throw;
        }
    }

    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Notification {Kind} of {Scope} was interrupted mid-send; not re-sent through SendGrid to avoid a duplicate")]
    private static partial void LogInterrupted(ILogger logger, string kind, string scope);
}
