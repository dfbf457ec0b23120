using SendGrid.Helpers.Mail;

namespace Groupement.Functions.Email;

/// <summary>Maps an <see cref="EmailMessage"/> to the SendGrid v3 mail/send body.</summary>
internal static class SendGridMessageFactory
{
    public const string KindHeader = "X-Notification-Kind";

    public static SendGridMessage Create(EmailMessage message, string fromEmail, string? fromName)
    {
        var mail = new SendGridMessage
        {
            From = new global::SendGrid.Helpers.Mail.EmailAddress(fromEmail, NullIfBlank(fromName)),
            Subject = message.Subject,
            PlainTextContent = message.TextBody,
            HtmlContent = message.HtmlBody,
        };
        mail.AddTo(new global::SendGrid.Helpers.Mail.EmailAddress(message.To.Email, NullIfBlank(message.To.Name)));
        mail.AddHeader(KindHeader, message.Kind);
        mail.AddCustomArg("kind", message.Kind);
        mail.AddCustomArg("idempotencyKey", message.IdempotencyKey);
        foreach (var (name, value) in message.CustomArgList)
        {
            if (name is not ("kind" or "idempotencyKey"))
                mail.AddCustomArg(name, value);
        }
        foreach (var attachment in message.AttachmentList)
        {
            mail.AddAttachment(attachment.FileName, Convert.ToBase64String(attachment.Content), attachment.ContentType, "attachment");
        }
        // Links carry member tokens: keep them out of SendGrid's click-tracking redirects.
        mail.SetClickTracking(false, false);
        return mail;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
