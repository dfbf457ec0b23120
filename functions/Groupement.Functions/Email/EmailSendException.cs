using System.Net;

namespace Groupement.Functions.Email;

/// <summary>An email could not be sent. <see cref="IsRetryable"/> tells whether trying later may succeed.</summary>
public class EmailSendException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmailSendException(string message, HttpStatusCode? statusCode, bool isRetryable, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        IsRetryable = isRetryable;
    }

    /// <summary>The provider's last HTTP status, when there was an answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>True for rate limits, server errors and transport failures once the local retries are spent.</summary>
    public bool IsRetryable { get; }
}

/// <summary>
/// The provider refused the message for a reason a retry will not fix (400, 401, 403, 413…):
/// activity retry policies should not retry it.
/// </summary>
public sealed class NonRetryableEmailException(string message, HttpStatusCode? statusCode)
    : EmailSendException(message, statusCode, isRetryable: false);

/// <summary>
/// An idempotency key was reused for a message with different content; nothing was written or sent.
/// </summary>
public sealed class IdempotencyConflictException(string idempotencyKey)
    : EmailSendException($"Idempotency key '{idempotencyKey}' was already used for a different message.", null, isRetryable: false)
{
    /// <summary>The key that was reused.</summary>
    public string IdempotencyKey { get; } = idempotencyKey;
}
