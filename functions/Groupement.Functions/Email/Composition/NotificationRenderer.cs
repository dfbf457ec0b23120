using System.Text;

namespace Groupement.Functions.Email;

/// <summary>Renders <see cref="NotificationContent"/> as plain text and as small, phone-friendly HTML.</summary>
internal static class NotificationRenderer
{
    private const string Signature = "Cordialement,";

    public static ComposedEmail Render(NotificationModel model, NotificationContent content)
    {
        var comment = string.IsNullOrWhiteSpace(model.Comment) ? null : model.Comment.Trim();
        var items = model.Items?.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList() ?? [];
        var greeting = string.IsNullOrWhiteSpace(model.Recipient.Name) ? "Bonjour," : $"Bonjour {model.Recipient.Name.Trim()},";
        var platform = $"La plateforme du groupement « {model.GroupementName} »";
        var footer = "Ce message est envoyé automatiquement ; merci de ne pas y répondre.";
        if (!string.IsNullOrWhiteSpace(model.Reference))
        {
            var reference = OneLine(model.Reference);
            content = content with
            {
                Subject = $"{content.Subject} – dossier {reference}",
                Paragraphs = [.. content.Paragraphs, $"Numéro de dossier : {reference} (à rappeler dans vos échanges avec le coordonnateur)."],
            };
        }
        return new ComposedEmail(
            OneLine(content.Subject),
            Text(model, content, greeting, comment, items, platform, footer),
            Html(model, content, greeting, comment, items, platform, footer));
    }

    private static string Text(NotificationModel model, NotificationContent content, string greeting, string? comment,
        List<string> items, string platform, string footer)
    {
        var text = new StringBuilder();
        text.Append(greeting).Append("\n\n");
        foreach (var paragraph in content.Paragraphs)
            text.Append(paragraph).Append("\n\n");
        if (comment is not null && content.CommentLabel is not null)
        {
            text.Append(content.CommentLabel).Append('\n');
            foreach (var line in Lines(comment))
                text.Append("> ").Append(line).Append('\n');
            text.Append('\n');
        }
        if (items.Count > 0 && content.ItemsLabel is not null)
        {
            text.Append(content.ItemsLabel).Append('\n');
            foreach (var item in items)
                text.Append("- ").Append(OneLine(item)).Append('\n');
            text.Append('\n');
        }
        foreach (var paragraph in content.Closing ?? [])
            text.Append(paragraph).Append("\n\n");
        text.Append(content.ActionLabel).Append(" :\n").Append(model.Link).Append("\n\n");
        text.Append(Signature).Append('\n').Append(platform).Append("\n\n-- \n").Append(footer).Append('\n');
        return text.ToString();
    }

    private static string Html(NotificationModel model, NotificationContent content, string greeting, string? comment,
        List<string> items, string platform, string footer)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(OneLine(content.Subject))).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:16px;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1e1e1e\">\n")
            .Append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff;padding:20px;border-radius:6px\">\n");
        P(html, greeting);
        foreach (var paragraph in content.Paragraphs)
            P(html, paragraph);
        if (comment is not null && content.CommentLabel is not null)
        {
            P(html, content.CommentLabel);
            html.Append("<blockquote style=\"margin:0 0 16px 0;padding:8px 12px;border-left:4px solid #000091;background:#f0f0ff\">")
                .Append(string.Join("<br>", Lines(comment).Select(E))).Append("</blockquote>\n");
        }
        if (items.Count > 0 && content.ItemsLabel is not null)
        {
            P(html, content.ItemsLabel);
            html.Append("<ul>\n");
            foreach (var item in items)
                html.Append("<li>").Append(E(OneLine(item))).Append("</li>\n");
            html.Append("</ul>\n");
        }
        foreach (var paragraph in content.Closing ?? [])
            P(html, paragraph);
        var href = E(model.Link);
        html.Append("<p style=\"margin:24px 0\"><a href=\"").Append(href)
            .Append("\" style=\"display:inline-block;padding:12px 20px;background:#000091;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold\">")
            .Append(E(content.ActionLabel)).Append("</a></p>\n")
            .Append("<p style=\"font-size:14px;color:#555555\">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br>")
            .Append("<a href=\"").Append(href).Append("\" style=\"color:#000091;word-break:break-all\">").Append(href).Append("</a></p>\n");
        P(html, Signature + "\n" + platform);
        html.Append("<p style=\"font-size:12px;color:#777777\">").Append(E(footer)).Append("</p>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void P(StringBuilder html, string text) =>
        html.Append("<p style=\"margin:0 0 16px 0\">").Append(string.Join("<br>", Lines(text).Select(E))).Append("</p>\n");

    private static IEnumerable<string> Lines(string text) => text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());

    /// <summary>Subjects and list items stay on one line (no header injection, no broken bullets).</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>HTML-escapes text for element content and double-quoted attributes (UTF-8 document: no entity for é).</summary>
    internal static string E(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
