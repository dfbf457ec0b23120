using Groupement.Domain.Adhesions;
using Microsoft.DurableTask;
using Groupement.Functions.Activities;
using Groupement.Functions.Features.Analysis;

namespace Groupement.Functions.Orchestrations;

/// <summary>
/// One instance per adhésion: analyse the documents, tell the référent and the reviewers, then apply each person's
/// command (review, resubmission, prefecture receipt, publication, withdrawal, closing) and send what it calls for,
/// until the adhésion reaches a final status. State changes are committed by activities before any email is sent.
/// </summary>
public sealed class AdhesionOrchestrator : TaskOrchestrator<AdhesionWorkflowInput, string>
{
    public const string Name = "AdhesionWorkflow";
    public const string SignalEvent = "signal";
    private const int SignalsPerGeneration = 20;

    // Six attempts over about two and a half minutes (5, 10, 20, 40, 80 s apart); then the instance fails and the
    // coordinator sees why (GET on the adhésion). A failure no retry can fix (data gone, an email key reused for other
    // content) fails at once.
    internal static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(6, TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(5)) { HandleFailure = IsWorthRetrying });

    internal static bool IsWorthRetrying(TaskFailureDetails failure) =>
        failure.ErrorType != typeof(MissingDataException).FullName && failure.ErrorType != typeof(Email.IdempotencyConflictException).FullName;

    public override async Task<string> RunAsync(TaskOrchestrationContext context, AdhesionWorkflowInput input)
    {
        if (!input.Resumed) await AnalyseAsync(context, input.AdhesionId, step: "submission", firstSubmission: true);

        for (var handled = 0; handled < SignalsPerGeneration; handled++)
        {
            var signal = await context.WaitForExternalEvent<AdhesionSignal>(SignalEvent);
            var outcome = await context.CallActivityAsync<SignalOutcome>(ApplySignalActivity.Name,
                new ApplySignalInput(input.AdhesionId, signal), Retry);
            foreach (var notification in NotificationPlan.After(input.AdhesionId, outcome, signal))
                await context.CallActivityAsync<int>(SendNotificationActivity.Name, notification, Retry);
            if (outcome.Events.Contains("documents-resubmitted"))
                await AnalyseAsync(context, input.AdhesionId, step: signal.Id, firstSubmission: false);
            if (outcome.Status is AdhesionStatus.Rejected or AdhesionStatus.Withdrawn or AdhesionStatus.Closed)
                return outcome.Status.ToString();
        }
        // Keep the history short: an adhésion lives for years and may see many commands.
        context.ContinueAsNew(input with { Resumed = true });
        return "ContinuedAsNew";
    }

    // Keys derive from the step (the submission, or the resubmission's signal id): the same after ContinueAsNew.
    private static async Task AnalyseAsync(TaskOrchestrationContext context, string adhesionId, string step, bool firstSubmission)
    {
        await context.CallActivityAsync<SignalOutcome>(AnalyzeAdhesionActivity.Name, new AnalysisRequest(adhesionId, $"{step}:analysis"), Retry);
        if (firstSubmission)
            await context.CallActivityAsync<int>(SendNotificationActivity.Name,
                new NotificationRequest(adhesionId, NotificationKinds.SubmissionReceived, Audience.Referent) { Key = $"{step}:{NotificationKinds.SubmissionReceived}" }, Retry);
        await context.CallActivityAsync<int>(SendNotificationActivity.Name,
            new NotificationRequest(adhesionId, NotificationKinds.ReviewNeeded, Audience.Reviewers) { Key = $"{step}:{NotificationKinds.ReviewNeeded}" }, Retry);
    }
}
