using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Groupement.Functions.Email;

/// <summary>
/// Writes one <c>.eml</c> file per message to <c>Email__PickupDirectory</c>. The file name comes from the
/// idempotency key, the file appears atomically (temporary file, then a rename that never replaces), and a
/// retry finds the file already there: it is neither written twice nor overwritten by a different message.
/// </summary>
public sealed class PickupEmailSender : IEmailSender
{
    private readonly string _directory;
    private readonly string _fromEmail;
    private readonly string? _fromName;
    private readonly TimeProvider _time;
    private readonly ILogger<PickupEmailSender> _logger;

    /// <summary>Creates the sender; <paramref name="email"/> must name a pickup directory.</summary>
    public PickupEmailSender(IOptions<EmailOptions> email, IOptions<SendGridOptions> sendGrid, TimeProvider time,
        ILogger<PickupEmailSender> logger)
    {
        _directory = Path.GetFullPath(email.Value.PickupDirectory
            ?? throw new InvalidOperationException("Email__Mode=pickup requires Email__PickupDirectory."));
        _fromEmail = string.IsNullOrWhiteSpace(sendGrid.Value.FromEmail) ? SendGridOptions.DefaultFromEmail : sendGrid.Value.FromEmail;
        _fromName = sendGrid.Value.FromName;
        _time = time;
        _logger = logger;
    }

    /// <summary>The file name used for <paramref name="idempotencyKey"/>: a readable prefix and a hash of the key.</summary>
    public static string FileNameFor(string idempotencyKey)
    {
        var readable = new string(idempotencyKey.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')
            .Take(80).ToArray());
        return $"{readable}-{MimeMessageFactory.Hex(idempotencyKey)[..16]}.eml";
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.IdempotencyKey);
        Directory.CreateDirectory(_directory);
        var fileName = FileNameFor(message.IdempotencyKey);
        var path = Path.Combine(_directory, fileName);
        var fingerprint = MimeMessageFactory.Fingerprint(message);
        if (File.Exists(path))
            return AlreadyWritten(message, path, fingerprint);

        var mime = MimeMessageFactory.Create(message, _fromEmail, _fromName, _time.GetUtcNow());
        var temp = Path.Combine(_directory, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await mime.WriteToAsync(stream, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            // File.Move without overwrite is check-then-rename on Unix, not atomic: concurrent attempts in this process
            // take turns here (across hosts, the notification ledger's insert-if-absent is the guard).
            var gate = Gates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (File.Exists(path)) return AlreadyWritten(message, path, fingerprint); // a concurrent attempt won
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                return AlreadyWritten(message, path, fingerprint); // another process won the rename
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
        _logger.PickupWritten(message.Kind, message.IdempotencyKey, fileName);
        return new EmailSendResult(mime.MessageId, path);
    }

    private EmailSendResult AlreadyWritten(EmailMessage message, string path, string fingerprint)
    {
        var headers = HeaderList.Load(path);
        if (headers[MimeMessageFactory.FingerprintHeader] != fingerprint)
            throw new IdempotencyConflictException(message.IdempotencyKey);
        _logger.PickupAlreadyWritten(message.Kind, message.IdempotencyKey, Path.GetFileName(path));
        return new EmailSendResult(MimeMessageFactory.MessageId(message.IdempotencyKey, _fromEmail), path, AlreadySent: true);
    }
}
