namespace Groupement.Functions.Email;

/// <summary>A mailbox: an address and an optional display name.</summary>
public sealed record EmailAddress(string Email, string? Name = null);

/// <summary>A file joined to a message (e.g. the PDF attestation of membership).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// One outgoing email. <paramref name="IdempotencyKey"/> is derived from the orchestration instance and task,
/// so that a retried activity never sends (or writes) the same notification twice.
/// <paramref name="CustomArgs"/> travel with the message (SendGrid custom args, pickup headers), e.g. adhesionId.
/// </summary>
public sealed record EmailMessage(
    EmailAddress To,
    string Subject,
    string TextBody,
    string HtmlBody,
    string Kind,
    string IdempotencyKey,
    IReadOnlyList<EmailAttachment>? Attachments = null,
    IReadOnlyDictionary<string, string>? CustomArgs = null)
{
    /// <summary>The attachments, never null.</summary>
    public IReadOnlyList<EmailAttachment> AttachmentList => Attachments ?? [];

    /// <summary>The custom args, never null.</summary>
    public IReadOnlyDictionary<string, string> CustomArgList =>
        CustomArgs ?? new Dictionary<string, string>();
}

/// <summary>
/// What a sender did: <see cref="ProviderMessageId"/> is SendGrid's X-Message-Id (the prefix of the
/// webhook's sg_message_id); <see cref="PickupPath"/> is the .eml file written in pickup mode.
/// <see cref="AlreadySent"/> is true when an earlier attempt with the same idempotency key had done the work.
/// </summary>
public sealed record EmailSendResult(string? ProviderMessageId, string? PickupPath, bool AlreadySent = false);

/// <summary>Sends one email; implementations are idempotent per <see cref="EmailMessage.IdempotencyKey"/> where they can be.</summary>
public interface IEmailSender
{
    /// <summary>Sends <paramref name="message"/>; throws <see cref="EmailSendException"/> when it cannot.</summary>
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
