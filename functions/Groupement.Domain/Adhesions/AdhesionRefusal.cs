namespace Groupement.Domain.Adhesions;

/// <summary>Why the decider refused a command: a stable code (see <see cref="RefusalCodes"/>) and a French message.</summary>
public sealed record AdhesionRefusal(string Code, string Message, string? Field = null);

/// <summary>The decider's stable refusal codes and the HTTP status each one suggests.</summary>
public static class RefusalCodes
{
    public const string AdhesionNotFound = "ADHESION_NOT_FOUND";
    public const string AlreadySubmitted = "ADHESION_ALREADY_SUBMITTED";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string NotReviewable = "ADHESION_NOT_REVIEWABLE";
    public const string FindingsBlockApproval = "FINDINGS_BLOCK_APPROVAL";
    public const string CommentRequired = "COMMENT_REQUIRED";
    public const string WithdrawalWindowClosed = "WITHDRAWAL_WINDOW_CLOSED";
    public const string DateInFuture = "DATE_IN_FUTURE";
    public const string InvalidActId = "INVALID_ACT_ID";
    public const string InvalidPublicationMode = "INVALID_PUBLICATION_MODE";
    public const string ReasonRequired = "REASON_REQUIRED";

    /// <summary>404 for a missing adhésion, 409 for a state conflict, 422 for a rule the request breaks.</summary>
    public static int SuggestedHttpStatus(string code) => code switch
    {
        AdhesionNotFound => 404,
        AlreadySubmitted or InvalidTransition or NotReviewable => 409,
        _ => 422,
    };
}
