namespace Groupement.Functions.Email.Webhook;

/// <summary>
/// One event of a SendGrid event webhook post. <see cref="Kind"/>, <see cref="IdempotencyKey"/>,
/// <see cref="AdhesionId"/> and <see cref="GroupementId"/> come back from the custom args set at send time;
/// <see cref="CustomArgs"/> holds every custom arg (every top-level string field SendGrid does not define).
/// </summary>
public sealed record SendGridEvent(
    string Event,
    EmailDeliveryStatus Status,
    string? Email,
    DateTimeOffset? Timestamp,
    string? SgMessageId,
    string? SgEventId,
    string? Reason,
    string? SmtpStatus,
    string? BounceType,
    IReadOnlyDictionary<string, string> CustomArgs)
{
    /// <summary>The notification kind (custom arg <c>kind</c>).</summary>
    public string? Kind => Arg("kind");

    /// <summary>The idempotency key of the message (custom arg <c>idempotencyKey</c>).</summary>
    public string? IdempotencyKey => Arg("idempotencyKey");

    /// <summary>The adhésion concerned (custom arg <c>adhesionId</c>), if any.</summary>
    public string? AdhesionId => Arg("adhesionId");

    /// <summary>The groupement concerned (custom arg <c>groupementId</c>), if any.</summary>
    public string? GroupementId => Arg("groupementId");

    /// <summary>
    /// The X-Message-Id returned when the message was sent (what <see cref="EmailSendResult.ProviderMessageId"/>
    /// holds): <c>sg_message_id</c> up to its first dot.
    /// </summary>
    public string? ProviderMessageId => SgMessageId is null ? null
        : SgMessageId.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? SgMessageId[..dot] : SgMessageId;

    /// <summary>True when the message will not reach the recipient (bounce, block, drop).</summary>
    public bool IsFailure => Status is EmailDeliveryStatus.Bounced or EmailDeliveryStatus.Blocked or EmailDeliveryStatus.Dropped;

    private string? Arg(string name) => CustomArgs.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What a webhook event says of a message, in the order a message usually goes through.</summary>
public enum EmailDeliveryStatus
{
    /// <summary>An event this code does not know.</summary>
    Unknown,
    /// <summary><c>processed</c>: accepted by SendGrid.</summary>
    Processed,
    /// <summary><c>deferred</c>: the receiving server asked to try later.</summary>
    Deferred,
    /// <summary><c>delivered</c>: accepted by the receiving server.</summary>
    Delivered,
    /// <summary><c>open</c>.</summary>
    Opened,
    /// <summary><c>click</c>.</summary>
    Clicked,
    /// <summary><c>bounce</c> of type bounce: the address does not exist or refused the message.</summary>
    Bounced,
    /// <summary><c>bounce</c> of type blocked: refused for a temporary reason (reputation, content).</summary>
    Blocked,
    /// <summary><c>dropped</c>: SendGrid did not send it (suppressed address, invalid…).</summary>
    Dropped,
    /// <summary><c>spamreport</c>.</summary>
    SpamReport,
    /// <summary><c>unsubscribe</c>, <c>group_unsubscribe</c>.</summary>
    Unsubscribed,
}

/// <summary>The webhook body is not a JSON array of events.</summary>
public sealed class SendGridEventFormatException(string message, Exception? inner = null) : Exception(message, inner);
