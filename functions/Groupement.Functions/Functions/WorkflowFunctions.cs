using Groupement.Functions.Hosting;
using Groupement.Functions.Activities;
using Groupement.Functions.Features.Analysis;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Features.Reminders;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Groupement.Functions.Functions;

/// <summary>
/// The durable side of the app: one wrapper per orchestrator and activity (what Microsoft.DurableTask.Generators would
/// write; that generator is not served here), and the daily reminder sweep. Orchestrators are stateless singletons;
/// activities are built from the invocation's services, as the generator does.
/// </summary>
public sealed class WorkflowFunctions(IServiceProvider services, ReminderSweep sweep)
{
    private static readonly AdhesionOrchestrator Adhesion = new();
    private static readonly ReminderOrchestrator Reminder = new();

    [Function(AdhesionOrchestrator.Name)]
    public static Task<string> AdhesionWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        Adhesion.RunAsync(context, context.GetInput<AdhesionWorkflowInput>()!);

    [Function(ReminderOrchestrator.Name)]
    public static Task<bool> ReminderWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        Reminder.RunAsync(context, context.GetInput<ReminderRequest>()!);

    [Function(AnalyzeAdhesionActivity.Name)]
    public Task<SignalOutcome> AnalyzeAdhesion([ActivityTrigger] AnalysisRequest input, string instanceId) => GroupementTelemetry.TraceAsync("adhesion.analyze", input.AdhesionId,
        () => Activity<AnalyzeAdhesionActivity>().RunAsync(new FunctionActivityContext(AnalyzeAdhesionActivity.Name, instanceId), input));

    [Function(ApplySignalActivity.Name)]
    public Task<SignalOutcome> ApplySignal([ActivityTrigger] ApplySignalInput input, string instanceId) => GroupementTelemetry.TraceAsync("adhesion.apply_signal", input.AdhesionId,
        () => Activity<ApplySignalActivity>().RunAsync(new FunctionActivityContext(ApplySignalActivity.Name, instanceId), input));

    [Function(SendNotificationActivity.Name)]
    public Task<int> SendNotification([ActivityTrigger] NotificationRequest input, string instanceId) => GroupementTelemetry.TraceAsync("adhesion.notify", input.AdhesionId,
        () => Activity<SendNotificationActivity>().RunAsync(new FunctionActivityContext(SendNotificationActivity.Name, instanceId), input));

    [Function(SendReminderActivity.Name)]
    public Task<bool> SendReminder([ActivityTrigger] ReminderRequest input, string instanceId) =>
        Activity<SendReminderActivity>().RunAsync(new FunctionActivityContext(SendReminderActivity.Name, instanceId), input);

    /// <summary>
    /// The daily sweep, on <c>Reminders__Schedule</c> (NCRONTAB, six fields). Flex Consumption runs schedules in UTC: the
    /// sweep decides the Paris civil day in code, so any hour works. Safe to run twice at once.
    /// </summary>
    [Function(DeadlineReminders)]
    public Task RunDeadlineReminders([TimerTrigger("%Reminders:Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) => sweep.RunAsync(durable, cancellationToken);

    public const string DeadlineReminders = "DeadlineReminders";

    private T Activity<T>() where T : class => ActivatorUtilities.GetServiceOrCreateInstance<T>(services);
}

/// <summary>The activity context handed to a <see cref="TaskActivity{TInput, TOutput}"/> from its function wrapper.</summary>
public sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
