using Microsoft.DurableTask;

namespace Groupement.Functions.Features.Reminders;

/// <summary>
/// One instance per reminder, its id the reminder key's <c>InstanceId</c>: starting it twice is refused by the runtime,
/// and the activity's ledger row (same key) refuses a second send. Returns whether this instance sent the email.
/// </summary>
public sealed class ReminderOrchestrator : TaskOrchestrator<ReminderRequest, bool>
{
    public const string Name = "Reminder";

    // A refusal by the provider (429, 5xx) proves nothing went out: retried, the ledger still guards the send.
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(4, TimeSpan.FromSeconds(30), 2, TimeSpan.FromMinutes(10)));

    public override Task<bool> RunAsync(TaskOrchestrationContext context, ReminderRequest input) =>
        context.CallActivityAsync<bool>(SendReminderActivity.Name, input, Retry);
}
