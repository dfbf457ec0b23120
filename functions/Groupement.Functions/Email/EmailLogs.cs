using System.Net;
using Microsoft.Extensions.Logging;

namespace Groupement.Functions.Email;

/// <summary>Log messages of the email subsystem (event ids 4100–4199). Never the API key, bodies or links.</summary>
internal static partial class EmailLogs
{
    [LoggerMessage(4101, LogLevel.Information, "Email {Kind} ({IdempotencyKey}) accepted by SendGrid as {ProviderMessageId}")]
    public static partial void SendGridAccepted(this ILogger logger, string kind, string idempotencyKey, string? providerMessageId);

    [LoggerMessage(4102, LogLevel.Warning, "Email {Kind} ({IdempotencyKey}): SendGrid attempt {Attempt} failed ({Outcome}); retrying in {Delay}")]
    public static partial void SendGridRetrying(this ILogger logger, string kind, string idempotencyKey, int attempt, string outcome, TimeSpan delay);

    [LoggerMessage(4103, LogLevel.Error, "Email {Kind} ({IdempotencyKey}) refused by SendGrid with {StatusCode}: {Detail}")]
    public static partial void SendGridRefused(this ILogger logger, string kind, string idempotencyKey, HttpStatusCode statusCode, string detail);

    [LoggerMessage(4104, LogLevel.Warning, "Email {Kind} ({IdempotencyKey}) not sent, retryable: {Reason}")]
    public static partial void SendGridGaveUp(this ILogger logger, string kind, string idempotencyKey, string reason);

    [LoggerMessage(4111, LogLevel.Information, "Email {Kind} ({IdempotencyKey}) written to pickup file {FileName}")]
    public static partial void PickupWritten(this ILogger logger, string kind, string idempotencyKey, string fileName);

    [LoggerMessage(4112, LogLevel.Information, "Email {Kind} ({IdempotencyKey}) already in pickup file {FileName}; not written again")]
    public static partial void PickupAlreadyWritten(this ILogger logger, string kind, string idempotencyKey, string fileName);
}
