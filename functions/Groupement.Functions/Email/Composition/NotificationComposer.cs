namespace Groupement.Functions.Email;

/// <summary>
/// Composes the French text and HTML of every notification kind (<see cref="NotificationKinds.All"/>):
/// short, polite, readable on a phone, with the adhésion's or groupement's link; every input is HTML-escaped.
/// </summary>
public sealed class NotificationComposer
{
    /// <summary>Subject, text and HTML for <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">Unknown kind, a link that is not absolute http(s), or a date the kind needs is missing.</exception>
    public ComposedEmail Compose(NotificationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(model.GroupementName);
        if (!Uri.TryCreate(model.Link, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"The notification link must be an absolute http(s) address, not '{model.Link}'.", nameof(model));
        return NotificationRenderer.Render(model, NotificationTemplates.For(model));
    }

    /// <summary>
    /// The ready-to-send message: composed bodies, the kind, the idempotency key, the attachments, and the
    /// adhesionId / groupementId custom args when the model has them.
    /// </summary>
    public EmailMessage ComposeMessage(NotificationModel model, string idempotencyKey, IReadOnlyList<EmailAttachment>? attachments = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var composed = Compose(model);
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(model.AdhesionId))
            args["adhesionId"] = model.AdhesionId;
        if (!string.IsNullOrWhiteSpace(model.GroupementId))
            args["groupementId"] = model.GroupementId;
        return new EmailMessage(model.Recipient, composed.Subject, composed.Text, composed.Html, model.Kind, idempotencyKey,
            attachments, args);
    }

    /// <summary>Joins <c>PublicBaseUrl</c> and a path (<c>/adhesions/{id}?token=…</c>) into an absolute link.</summary>
    public static string Link(string publicBaseUrl, string pathAndQuery)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicBaseUrl);
        return publicBaseUrl.TrimEnd('/') + "/" + (pathAndQuery ?? "").TrimStart('/');
    }
}
