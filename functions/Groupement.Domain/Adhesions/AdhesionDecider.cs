using C = Groupement.Domain.Adhesions.AdhesionCommand;
using E = Groupement.Domain.Adhesions.AdhesionEvent;

namespace Groupement.Domain.Adhesions;

/// <summary>Pure decisions: state + command + now → events or a refusal. No clock, no I/O.</summary>
public static class AdhesionDecider
{
    public static AdhesionDecision Decide(AdhesionState state, AdhesionCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (command is C.Submit submit)
            return state.Exists
                ? AdhesionDecision.Refuse(RefusalCodes.AlreadySubmitted, "Cette adhésion a déjà été déposée.")
                : AdhesionDecision.Accept(new E.Submitted(now, command.By, submit.Member, submit.Referent, submit.Needs));
        if (state.Status is not { } status)
            return AdhesionDecision.Refuse(RefusalCodes.AdhesionNotFound, "Adhésion introuvable.");
        if (IsRepeat(state, command))
            return AdhesionDecision.Accept();
        if (!AdhesionTransitions.Accepts(status, command.GetType()))
            return command is C.Review
                ? AdhesionDecision.Refuse(RefusalCodes.NotReviewable, $"L'adhésion ne peut pas être examinée au statut {status}.")
                : AdhesionDecision.Refuse(RefusalCodes.InvalidTransition, $"Action impossible : l'adhésion est au statut {status}.");
        var today = Groupement.Domain.Time.Paris.ToCivilDay(now);
        return command switch
        {
            C.AnalysisCompleted a => AdhesionDecision.Accept(new E.AnalysisCompleted(now, command.By, a.HasErrorFindings)),
            C.Review r => ReviewRules.Decide(state, r, now),
            C.ResubmitDocuments => AdhesionDecision.Accept(new E.DocumentsResubmitted(now, command.By)),
            C.PrefectureReceipt p => RecordReceipt(state, p, now, today),
            C.Publication p => RecordPublication(state, p, now, today),
            C.Withdraw w => Withdraw(status, w, now),
            C.Close c => string.IsNullOrWhiteSpace(c.Reason)
                ? AdhesionDecision.Refuse(RefusalCodes.ReasonRequired, "Le motif de clôture est obligatoire.", "reason")
                : AdhesionDecision.Accept(new E.Closed(now, command.By, c.Reason.Trim())),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown adhesion command."),
        };
    }

    /// <summary>Decides then folds: the new state and the decision.</summary>
    public static (AdhesionState State, AdhesionDecision Decision) Handle(AdhesionState state, AdhesionCommand command, DateTimeOffset now)
    {
        var decision = Decide(state, command, now);
        return (state.ApplyAll(decision.Events), decision);
    }

    // Sending the same receipt or publication twice (a member clicking twice) is not an error.
    private static bool IsRepeat(AdhesionState state, AdhesionCommand command) => !state.IsFinal && command switch
    {
        C.PrefectureReceipt p => state.ActId == p.ActId?.Trim() && state.ReceivedOn == p.ReceivedOn,
        C.Publication p => state.PublishedOn == p.PublishedOn && state.PublicationMode == p.Mode,
        _ => false,
    };

    private static AdhesionDecision RecordReceipt(AdhesionState state, C.PrefectureReceipt p, DateTimeOffset now, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(p.ActId))
            return AdhesionDecision.Refuse(RefusalCodes.InvalidActId, "L'identifiant de l'acte est obligatoire.", "actId");
        if (p.ReceivedOn > today)
            return AdhesionDecision.Refuse(RefusalCodes.DateInFuture, "La date de réception en préfecture ne peut pas être future.", "receivedOn");
        var recorded = new E.PrefectureReceiptRecorded(now, p.By, p.ActId.Trim(), p.ReceivedOn);
        return WithEnrolmentIfComplete(state, recorded, now);
    }

    private static AdhesionDecision RecordPublication(AdhesionState state, C.Publication p, DateTimeOffset now, DateOnly today)
    {
        if (!PublicationModes.IsKnown(p.Mode))
            return AdhesionDecision.Refuse(RefusalCodes.InvalidPublicationMode, "Le mode doit être « affichage » ou « publication-electronique ».", "mode");
        if (p.PublishedOn > today)
            return AdhesionDecision.Refuse(RefusalCodes.DateInFuture, "La date de publication ne peut pas être future.", "publishedOn");
        var recorded = new E.PublicationRecorded(now, p.By, p.PublishedOn, p.Mode, p.Url);
        return WithEnrolmentIfComplete(state, recorded, now);
    }

    internal static AdhesionDecision WithEnrolmentIfComplete(AdhesionState state, AdhesionEvent recorded, DateTimeOffset now)
    {
        var after = state.Apply(recorded);
        return after.Status == AdhesionStatus.AwaitingPrefecture && after.ExecutoryEvidence is { } executoryOn
            ? AdhesionDecision.Accept(recorded, new E.Enrolled(now, "system", executoryOn))
            : AdhesionDecision.Accept(recorded);
    }

    private static AdhesionDecision Withdraw(AdhesionStatus status, C.Withdraw w, DateTimeOffset now) =>
        status == AdhesionStatus.Enrolled && !w.InsideWithdrawalWindow
            ? AdhesionDecision.Refuse(RefusalCodes.WithdrawalWindowClosed,
                "Le retrait n'est possible que pendant la fenêtre de retrait prévue par la convention.")
            : AdhesionDecision.Accept(new E.Withdrawn(now, w.By, string.IsNullOrWhiteSpace(w.Reason) ? null : w.Reason.Trim()));
}
