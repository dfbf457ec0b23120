using System.Text;
using Groupement.Functions.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Groupement.Functions.Tests.Email;

public sealed class PickupEmailSenderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "groupement-pickup-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 24, 9, 30, 0, TimeSpan.Zero));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private IEmailSender Sender() => EmailServices.Build(new Dictionary<string, string?>
    {
        ["Email:Mode"] = "pickup",
        ["Email:PickupDirectory"] = _directory,
        ["SendGrid:FromEmail"] = "groupement@example.fr",
        ["SendGrid:FromName"] = "Groupement e-PRIMO",
    }, _time).GetRequiredService<IEmailSender>();

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n attestation d'adhésion\n%%EOF");

    [Fact]
    public async Task Pickup_writes_one_eml_that_MimeKit_reads_back_with_headers_both_bodies_and_the_attachment()
    {
        var message = EmailServices.Message(attachments: [new EmailAttachment("attestation.pdf", "application/pdf", Pdf)]);

        var result = await Sender().SendAsync(message);

        var file = Assert.Single(Directory.GetFiles(_directory));
        Assert.Equal(file, result.PickupPath);
        Assert.EndsWith(".eml", file);
        var mime = await MimeMessage.LoadAsync(file);
        Assert.Equal("groupement@example.fr", mime.From.Mailboxes.Single().Address);
        Assert.Equal("Groupement e-PRIMO", mime.From.Mailboxes.Single().Name);
        Assert.Equal("secretariat@mairie-exemple.fr", mime.To.Mailboxes.Single().Address);
        Assert.Equal("Mme Martin", mime.To.Mailboxes.Single().Name);
        Assert.Equal("Adhésion confirmée – e-PRIMO", mime.Subject);
        Assert.Equal(_time.GetUtcNow(), mime.Date);
        Assert.Equal("enrolled", mime.Headers["X-Notification-Kind"]);
        Assert.Equal("adh-42", mime.Headers["X-Custom-Arg-adhesionId"]);
        Assert.EndsWith("@example.fr", mime.MessageId);
        Assert.Equal(result.ProviderMessageId, mime.MessageId);
        Assert.Equal(message.TextBody.ReplaceLineEndings(), mime.TextBody!.ReplaceLineEndings());
        Assert.Equal(message.HtmlBody, mime.HtmlBody!.TrimEnd());
        Assert.Contains(mime.BodyParts, p => p.ContentType.IsMimeType("text", "plain"));
        Assert.True(mime.Body is Multipart { ContentType.MediaSubtype: "mixed" } mixed
            && mixed[0] is MultipartAlternative, "expected multipart/mixed with a multipart/alternative first");
        var attachment = Assert.IsType<MimePart>(Assert.Single(mime.Attachments));
        Assert.Equal("attestation.pdf", attachment.FileName);
        Assert.True(attachment.ContentType.IsMimeType("application", "pdf"));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(Pdf, content.ToArray());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_does_not_write_a_second_file()
    {
        var sender = Sender();
        var first = await sender.SendAsync(EmailServices.Message("instance-1:task-3"));
        var bytes = await File.ReadAllBytesAsync(first.PickupPath!);
        _time.Advance(TimeSpan.FromMinutes(5));

        var retry = await Sender().SendAsync(EmailServices.Message("instance-1:task-3"));

        Assert.Single(Directory.GetFiles(_directory));
        Assert.Equal(first.PickupPath, retry.PickupPath);
        Assert.Equal(first.ProviderMessageId, retry.ProviderMessageId);
        Assert.True(retry.AlreadySent);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(first.PickupPath!));
    }

    [Fact]
    public async Task The_same_key_for_a_different_message_is_refused_and_never_overwrites()
    {
        var sender = Sender();
        var first = await sender.SendAsync(EmailServices.Message("instance-1:task-3"));
        var bytes = await File.ReadAllBytesAsync(first.PickupPath!);

        var other = EmailServices.Message("instance-1:task-3") with { Subject = "Un autre message" };
        await Assert.ThrowsAsync<IdempotencyConflictException>(() => sender.SendAsync(other));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(first.PickupPath!));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task Concurrent_attempts_of_one_message_leave_one_file_and_no_temporary_file()
    {
        var sender = Sender();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => sender.SendAsync(EmailServices.Message("race:1")))));

        Assert.Single(Directory.GetFiles(_directory, "*", SearchOption.AllDirectories));
        Assert.Single(results.Select(r => r.PickupPath).Distinct());
        Assert.Single(results, r => !r.AlreadySent);
    }

    [Fact]
    public async Task Different_keys_make_different_files_and_hostile_keys_stay_inside_the_directory()
    {
        var sender = Sender();

        var a = await sender.SendAsync(EmailServices.Message("../../etc/passwd"));
        var b = await sender.SendAsync(EmailServices.Message("..\\..\\etc\\passwd"));
        var c = await sender.SendAsync(EmailServices.Message("adhesion/42:step 7"));

        Assert.Equal(3, Directory.GetFiles(_directory).Length);
        Assert.All(new[] { a, b, c }, r => Assert.Equal(Path.GetFullPath(_directory), Path.GetDirectoryName(r.PickupPath)));
        Assert.Equal(PickupEmailSender.FileNameFor("adhesion/42:step 7"), Path.GetFileName(c.PickupPath));
        Assert.StartsWith("adhesion_42_step_7-", Path.GetFileName(c.PickupPath));
    }
}
