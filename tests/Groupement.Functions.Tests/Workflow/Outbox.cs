using MimeKit;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>Reads back the .eml files the host wrote in pickup mode.</summary>
public static class Outbox
{
    public static IReadOnlyList<MimeMessage> All(string folder)
    {
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            try
            {
                messages.Add(MimeMessage.Load(file));
            }
            catch (IOException)
            {
                // being replaced; read again on the next poll
            }
        }
        return messages;
    }

    public static string? Kind(MimeMessage m) => m.Headers["X-Notification-Kind"];

    public static bool IsTo(MimeMessage m, string address) =>
        m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase));

    /// <summary>The messages of <paramref name="kind"/> to <paramref name="to"/>, waiting until there is at least one.</summary>
    public static async Task<MimeMessage> WaitForAsync(string folder, string to, string kind)
    {
        var deadline = DateTime.UtcNow + WorkflowApi.Patience;
        while (DateTime.UtcNow < deadline)
        {
            var found = Of(folder, to, kind);
            if (found.Count > 0) return Assert.Single(found);
            await Task.Delay(200);
        }
        throw new TimeoutException($"no '{kind}' email to {to} in {folder}; there are: " +
            string.Join(", ", All(folder).Select(m => $"{Kind(m)}→{m.To}")));
    }

    public static List<MimeMessage> Of(string folder, string to, string kind) =>
        [.. All(folder).Where(m => Kind(m) == kind && IsTo(m, to))];

    public static IReadOnlyList<MimePart> Attachments(MimeMessage m) => [.. m.Attachments.OfType<MimePart>()];

    public static byte[] Bytes(MimePart part)
    {
        using var ms = new MemoryStream();
        part.Content!.DecodeTo(ms);
        return ms.ToArray();
    }
}
