using System.Text;
using Groupement.Functions.Email;
using Groupement.Functions.Email.Webhook;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Http;

/// <summary>
/// <c>POST /api/events/sendgrid</c>: SendGrid's event webhook. Delivered, bounce and dropped update the notification
/// (shown on the adhésion); a bounce or a drop is also written in the adhésion's history for the coordinator.
/// Signed events are verified when <c>SendGrid__WebhookVerificationKey</c> is set: a bad signature is 401
/// <c>INVALID_SIGNATURE</c>, a valid one over a stale or future timestamp (replay) 401 <c>SIGNATURE_EXPIRED</c>.
/// </summary>
public static class SendGridEventsApi
{
    private const int MaxBytes = 4 * 1024 * 1024;


    internal static async Task<IResult> ReceiveAsync(HttpContext http, SendGridWebhookAuthenticator authenticator, NotificationStore notifications,
        AdhesionStore adhesions, TimeProvider time)
    {
        var body = Encoding.UTF8.GetString(await RequestBodies.ReadLimitedAsync(http.Request, MaxBytes, "REQUEST_TOO_LARGE", "Le lot d'événements dépasse 4 Mo."));
        switch (authenticator.Check(body, http.Request.Headers[SendGridWebhookVerifier.SignatureHeader], http.Request.Headers[SendGridWebhookVerifier.TimestampHeader], time.GetUtcNow()))
        {
            case WebhookVerdict.InvalidSignature:
                throw new ApiProblemException(401, "INVALID_SIGNATURE", "Signature refusée.", "La signature de l'événement SendGrid est absente ou invalide.");
            case WebhookVerdict.Stale:
                throw new ApiProblemException(401, "SIGNATURE_EXPIRED", "Signature périmée.",
                    "L'horodatage signé de l'événement SendGrid est trop éloigné de l'heure du serveur : un envoi rejoué est refusé.");
        }
        IReadOnlyList<SendGridEvent> events;
        try
        {
            events = SendGridEventParser.Parse(body);
        }
        catch (SendGridEventFormatException e)
        {
            throw new ApiProblemException(400, "INVALID_EVENTS", "Événements illisibles.", e.Message);
        }
        var recorded = 0;
        foreach (var e in events)
        {
            var status = e.Status switch
            {
                EmailDeliveryStatus.Delivered => NotificationStatuses.Delivered,
                EmailDeliveryStatus.Bounced or EmailDeliveryStatus.Blocked => NotificationStatuses.Bounce,
                EmailDeliveryStatus.Dropped => NotificationStatuses.Dropped,
                _ => null,
            };
            if (status is null) continue;
            var detail = e.Reason ?? e.SmtpStatus;
            var scope = e.AdhesionId ?? e.GroupementId;
            var updated = scope is not null && e.IdempotencyKey is not null
                ? await notifications.UpdateStatusAsync(scope, e.IdempotencyKey, status, detail, http.RequestAborted)
                : e.ProviderMessageId is not null ? await notifications.UpdateStatusByProviderMessageIdAsync(e.ProviderMessageId, status, detail, http.RequestAborted) : null;
            if (updated is null) continue;
            recorded++;
            if (e.IsFailure && e.AdhesionId is not null && await adhesions.GetAsync(e.AdhesionId, http.RequestAborted) is not null)
                await adhesions.AppendHistoryAsync(e.AdhesionId, [new HistoryView(e.Timestamp ?? time.GetUtcNow(), "email-" + status, "sendgrid",
                    $"Le message « {e.Kind} » à {e.Email} n'a pas été remis{(detail is null ? "" : $" : {detail}")}.")], http.RequestAborted);
        }
        return Results.Ok(new { received = events.Count, recorded });
    }
}
