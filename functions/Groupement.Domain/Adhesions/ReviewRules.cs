using E = Groupement.Domain.Adhesions.AdhesionEvent;

namespace Groupement.Domain.Adhesions;

/// <summary>The coordinator's review: approval over error findings needs an override and a comment.</summary>
internal static class ReviewRules
{
    public static AdhesionDecision Decide(AdhesionState state, AdhesionCommand.Review r, DateTimeOffset now)
    {
        var comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim();
        switch (r.Decision)
        {
            case ReviewDecision.Approve:
                var blocked = r.HasErrorFindings || state.HasErrorFindings;
                if (blocked && !(r.OverrideFindings && comment is not null))
                    return AdhesionDecision.Refuse(RefusalCodes.FindingsBlockApproval,
                        "Des anomalies bloquantes ont été relevées : pour approuver malgré tout, cochez la dérogation et motivez-la dans un commentaire.",
                        r.OverrideFindings ? "comment" : "overrideFindings");
                var approved = new E.Approved(now, r.By, comment, blocked);
                return AdhesionDecider.WithEnrolmentIfComplete(state, approved, now);
            case ReviewDecision.Reject when comment is null:
                return AdhesionDecision.Refuse(RefusalCodes.CommentRequired, "Le motif du rejet est obligatoire.", "comment");
            case ReviewDecision.Reject:
                return AdhesionDecision.Accept(new E.Rejected(now, r.By, comment));
            case ReviewDecision.RequestChanges when comment is null:
                return AdhesionDecision.Refuse(RefusalCodes.CommentRequired, "Précisez les corrections attendues dans le commentaire.", "comment");
            case ReviewDecision.RequestChanges:
                return AdhesionDecision.Accept(new E.ChangesRequested(now, r.By, comment));
            default:
                throw new ArgumentOutOfRangeException(nameof(r), r.Decision, "Unknown review decision.");
        }
    }
}
