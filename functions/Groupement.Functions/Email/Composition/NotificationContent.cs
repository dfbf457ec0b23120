namespace Groupement.Functions.Email;

/// <summary>
/// The words of one notification before rendering: plain-text paragraphs (escaped when rendered as HTML),
/// the reviewer's or prefecture's comment and a list, each under a label, then closing paragraphs and the action.
/// </summary>
internal sealed record NotificationContent(
    string Subject,
    IReadOnlyList<string> Paragraphs,
    string ActionLabel,
    string? CommentLabel = null,
    string? ItemsLabel = null,
    IReadOnlyList<string>? Closing = null);
