using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Groupement.Functions.Email;

/// <summary>Builds the MIME form of an <see cref="EmailMessage"/> (pickup mode) and its identifiers.</summary>
internal static class MimeMessageFactory
{
    public const string FingerprintHeader = "X-Groupement-Content-Sha256";
    public const string IdempotencyHeader = "X-Idempotency-Key";
    public const string CustomArgHeaderPrefix = "X-Custom-Arg-";

    public static MimeMessage Create(EmailMessage message, string fromEmail, string? fromName, DateTimeOffset now)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(fromName ?? "", fromEmail));
        mime.To.Add(new MailboxAddress(message.To.Name ?? "", message.To.Email));
        mime.Subject = message.Subject;
        mime.Date = now;
        mime.MessageId = MessageId(message.IdempotencyKey, fromEmail);
        mime.Headers.Add(SendGridMessageFactory.KindHeader, message.Kind);
        mime.Headers.Add(IdempotencyHeader, message.IdempotencyKey);
        foreach (var (name, value) in message.CustomArgList.OrderBy(a => a.Key, StringComparer.Ordinal))
            mime.Headers.Add(CustomArgHeaderPrefix + HeaderSafe(name), value);
        mime.Headers.Add(FingerprintHeader, Fingerprint(message));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.AttachmentList)
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        // Declare 8bit for the UTF-8 bodies (links stay greppable in the file), base64 for attachments.
        mime.Prepare(EncodingConstraint.EightBit);
        return mime;
    }

    /// <summary>A Message-Id stable across retries: a hash of the idempotency key at the sender's domain.</summary>
    public static string MessageId(string idempotencyKey, string fromEmail)
    {
        var at = fromEmail.LastIndexOf('@');
        var domain = at >= 0 && at < fromEmail.Length - 1 ? fromEmail[(at + 1)..] : "groupement.localhost";
        return $"{Hex(idempotencyKey)[..32]}@{domain}";
    }

    /// <summary>A hash of everything the recipient sees except the date: two attempts of one message agree.</summary>
    public static string Fingerprint(EmailMessage message)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? value)
        {
            var bytes = Encoding.UTF8.GetBytes(value ?? "\u0000");
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        Add(message.To.Email); Add(message.To.Name); Add(message.Subject); Add(message.TextBody);
        Add(message.HtmlBody); Add(message.Kind);
        foreach (var (name, value) in message.CustomArgList.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Add(name); Add(value);
        }
        // Attachments by name and type, not by bytes: a retried activity renders them again (the attestation PDF and
        // the .ics carry their generation time), and that retry is the same message, not a key reused for another.
        foreach (var attachment in message.AttachmentList)
        {
            Add(attachment.FileName); Add(attachment.ContentType);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string HeaderSafe(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-'));
}
