using Groupement.Domain.Adhesions;
using static Groupement.Domain.Tests.Adhesions.AdhesionSpec;
using E = Groupement.Domain.Adhesions.AdhesionEvent;

namespace Groupement.Domain.Tests.Adhesions;

public class AdhesionDeciderTests
{
    [Fact]
    public void A_new_submission_is_recorded_as_submitted_by_its_author()
    {
        var spec = Given().When(Submitted()).ThenEvents(typeof(E.Submitted)).ThenStatus(AdhesionStatus.Submitted);
        Assert.Equal("member:214901159", spec.Event<E.Submitted>().By);
        Assert.Equal(Now, spec.Event<E.Submitted>().At);
    }

    [Fact]
    public void Submitting_twice_is_refused() =>
        Given(Submitted()).When(Submitted()).ThenRefused(RefusalCodes.AlreadySubmitted);

    [Fact]
    public void Any_command_on_an_adhesion_never_submitted_is_not_found() =>
        Given().When(Analysed()).ThenRefused(RefusalCodes.AdhesionNotFound);

    [Fact]
    public void Completed_analysis_puts_the_adhesion_under_review() =>
        Given(Submitted()).When(Analysed()).ThenEvents(typeof(E.AnalysisCompleted)).ThenStatus(AdhesionStatus.UnderReview);

    [Fact]
    public void Approval_without_executory_evidence_awaits_the_prefecture() =>
        Given(Submitted(), Analysed()).When(Approved()).ThenEvents(typeof(E.Approved)).ThenStatus(AdhesionStatus.AwaitingPrefecture);

    [Fact]
    public void Approval_when_receipt_and_publication_are_known_enrols_at_once_on_the_later_date()
    {
        var spec = Given(Submitted(), Receipt(day: 5), Published(day: 3), Analysed())
            .When(Approved()).ThenEvents(typeof(E.Approved), typeof(E.Enrolled)).ThenStatus(AdhesionStatus.Enrolled);
        Assert.Equal(new DateOnly(2026, 3, 5), spec.Event<E.Enrolled>().ExecutoryOn);
        Assert.Equal(new DateOnly(2026, 3, 5), spec.State.ExecutoryOn);
    }

    [Fact]
    public void Receipt_then_publication_while_awaiting_the_prefecture_enrols_on_the_publication_date_when_later()
    {
        var spec = Given(Submitted(), Analysed(), Approved(), Receipt(day: 2))
            .When(Published(day: 6)).ThenEvents(typeof(E.PublicationRecorded), typeof(E.Enrolled)).ThenStatus(AdhesionStatus.Enrolled);
        Assert.Equal(new DateOnly(2026, 3, 6), spec.Event<E.Enrolled>().ExecutoryOn);
    }

    [Fact]
    public void Receipt_alone_while_awaiting_the_prefecture_keeps_waiting_for_publication() =>
        Given(Submitted(), Analysed(), Approved()).When(Receipt()).ThenEvents(typeof(E.PrefectureReceiptRecorded)).ThenStatus(AdhesionStatus.AwaitingPrefecture);

    [Fact]
    public void Approving_over_error_findings_without_override_is_blocked() =>
        Given(Submitted(), Analysed(errors: true)).When(Review(ReviewDecision.Approve, "ok")).ThenRefused(RefusalCodes.FindingsBlockApproval);

    [Fact]
    public void Approving_over_error_findings_with_override_but_no_comment_is_blocked() =>
        Given(Submitted(), Analysed()).When(Review(ReviewDecision.Approve, "  ", overrideFindings: true, errors: true)).ThenRefused(RefusalCodes.FindingsBlockApproval);

    [Fact]
    public void Approving_over_error_findings_with_override_and_comment_is_recorded_as_overridden()
    {
        var spec = Given(Submitted(), Analysed(errors: true))
            .When(Review(ReviewDecision.Approve, "Quorum atteint en seconde convocation", overrideFindings: true))
            .ThenStatus(AdhesionStatus.AwaitingPrefecture);
        var approved = spec.Event<E.Approved>();
        Assert.True(approved.FindingsOverridden);
        Assert.Equal("Quorum atteint en seconde convocation", approved.Comment);
        Assert.Equal("coordinator", approved.By);
    }

    [Fact]
    public void Rejection_needs_a_reason_and_ends_the_adhesion()
    {
        Given(Submitted(), Analysed()).When(Review(ReviewDecision.Reject, "")).ThenRefused(RefusalCodes.CommentRequired);
        Given(Submitted(), Analysed()).When(Review(ReviewDecision.Reject, "Hors périmètre")).ThenEvents(typeof(E.Rejected)).ThenStatus(AdhesionStatus.Rejected);
    }

    [Fact]
    public void Requested_changes_then_resubmitted_documents_go_back_to_submitted_then_review() =>
        Given(Submitted(), Analysed(), Review(ReviewDecision.RequestChanges, "Délibération non signée"))
            .ThenStatus(AdhesionStatus.ChangesRequested)
            .When(new AdhesionCommand.ResubmitDocuments()).ThenEvents(typeof(E.DocumentsResubmitted)).ThenStatus(AdhesionStatus.Submitted)
            .When(Analysed()).ThenStatus(AdhesionStatus.UnderReview);

    [Fact]
    public void Reviewing_before_the_analysis_is_done_is_not_reviewable() =>
        Given(Submitted()).When(Approved()).ThenRefused(RefusalCodes.NotReviewable);

    [Fact]
    public void Reviewing_a_rejected_adhesion_is_not_reviewable() =>
        Given(Submitted(), Analysed(), Review(ReviewDecision.Reject, "non")).When(Approved()).ThenRefused(RefusalCodes.NotReviewable);

    [Fact]
    public void Nothing_but_refusals_after_closing() =>
        Given(Submitted(), new AdhesionCommand.Close("Marché terminé"))
            .When(Receipt()).ThenRefused(RefusalCodes.InvalidTransition)
            .When(new AdhesionCommand.ResubmitDocuments()).ThenRefused(RefusalCodes.InvalidTransition)
            .When(new AdhesionCommand.Close("encore")).ThenRefused(RefusalCodes.InvalidTransition);

    [Fact]
    public void The_same_receipt_sent_twice_is_accepted_without_new_events() =>
        Given(Submitted(), Analysed(), Approved(), Receipt()).When(Receipt()).ThenEvents().ThenStatus(AdhesionStatus.AwaitingPrefecture);

    [Fact]
    public void A_receipt_dated_after_today_in_Paris_is_refused()
    {
        // 23:30 UTC on 10 March is already 11 March in Paris: the 11th is today, the 12th is the future.
        var lateEvening = new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);
        Given(Submitted()).When(Receipt(day: 11), lateEvening).ThenEvents(typeof(E.PrefectureReceiptRecorded));
        Given(Submitted()).When(Receipt(day: 12), lateEvening).ThenRefused(RefusalCodes.DateInFuture);
    }

    [Fact]
    public void A_receipt_without_act_id_and_a_publication_with_an_unknown_mode_are_refused()
    {
        Given(Submitted()).When(new AdhesionCommand.PrefectureReceipt(" ", new DateOnly(2026, 3, 1))).ThenRefused(RefusalCodes.InvalidActId);
        Given(Submitted()).When(new AdhesionCommand.Publication(new DateOnly(2026, 3, 1), "journal")).ThenRefused(RefusalCodes.InvalidPublicationMode);
    }

    [Fact]
    public void An_enrolled_member_withdraws_only_inside_the_withdrawal_window()
    {
        var enrolled = new[] { Submitted(), Receipt(), Published(), Analysed(), Approved() };
        Given(enrolled).ThenStatus(AdhesionStatus.Enrolled)
            .When(new AdhesionCommand.Withdraw(InsideWithdrawalWindow: false)).ThenRefused(RefusalCodes.WithdrawalWindowClosed);
        Given(enrolled).When(new AdhesionCommand.Withdraw(InsideWithdrawalWindow: true, "Lettre du 2 mai")).ThenEvents(typeof(E.Withdrawn)).ThenStatus(AdhesionStatus.Withdrawn);
    }

    [Fact]
    public void A_pending_application_can_be_withdrawn_at_any_time() =>
        Given(Submitted(), Analysed()).When(new AdhesionCommand.Withdraw(InsideWithdrawalWindow: false)).ThenStatus(AdhesionStatus.Withdrawn);

    [Fact]
    public void Closing_needs_a_reason() =>
        Given(Submitted()).When(new AdhesionCommand.Close("")).ThenRefused(RefusalCodes.ReasonRequired);

    [Fact]
    public void Events_carry_stable_history_names_and_the_review_comment()
    {
        var state = AdhesionState.Initial;
        var names = new List<string>();
        AdhesionCommand[] path = [Submitted(), Analysed(), Review(ReviewDecision.RequestChanges, "Annexe manquante"),
            new AdhesionCommand.ResubmitDocuments(), Analysed(), Approved(), Receipt(), Published()];
        string? comment = null;
        foreach (var c in path)
        {
            var (next, decision) = AdhesionDecider.Handle(state, c, Now);
            state = next;
            names.AddRange(decision.Events.Select(e => e.Name));
            comment ??= decision.Events.OfType<E.ChangesRequested>().FirstOrDefault()?.Comment;
        }
        Assert.Equal(["submitted", "analysis-completed", "changes-requested", "documents-resubmitted", "analysis-completed",
            "approved", "prefecture-receipt-recorded", "publication-recorded", "enrolled"], names);
        Assert.Equal("Annexe manquante", comment);
        Assert.Equal(AdhesionStatus.Enrolled, state.Status);
    }

    [Fact]
    public void The_transition_table_lets_review_happen_only_under_review() =>
        Assert.Equal([AdhesionStatus.UnderReview], AdhesionTransitions.StatusesAccepting(typeof(AdhesionCommand.Review)));
}
