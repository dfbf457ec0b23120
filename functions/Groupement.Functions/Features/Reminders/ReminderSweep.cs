using Groupement.Domain.Reminders;
using Groupement.Domain.Time;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;
using Microsoft.DurableTask.Client;

namespace Groupement.Functions.Features.Reminders;

/// <summary>What one sweep did: reminders due today, how many it started, how many were already started or sent, groupements that failed.</summary>
public sealed record SweepResult(DateOnly Day, int Groupements, int Due, int Started, int AlreadyStarted, int FailedGroupements);

/// <summary>
/// The daily sweep: for each groupement, plan today's reminders (Paris civil day) and start one orchestration per
/// reminder, its instance id the reminder key. A finished or running instance refuses the start, so a second sweep,
/// a second host or a sweep re-run after a crash sends nothing twice.
/// </summary>
public sealed partial class ReminderSweep(GroupementStore groupements, ReminderInputs inputs,
    TimeProvider time, ILogger<ReminderSweep> logger)
{
    public async Task<SweepResult> RunAsync(DurableTaskClient client, CancellationToken ct)
    {
        var today = Paris.Today(time);
        int count = 0, due = 0, started = 0, existing = 0, failed = 0;
        foreach (var groupement in await groupements.ListAsync(ct))
        {
            count++;
            try
            {
                var plan = ReminderPlanner.Plan(await inputs.ReadAsync(groupement, ct), today);
                due += plan.Count;
                foreach (var reminder in plan)
                {
                    if (await StartAsync(client, reminder, ct)) started++;
                    else existing++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One groupement's trouble must not keep the others' reminders from going out; the next run retries it.
                failed++;
                LogGroupementFailed(logger, groupement.Id, e);
            }
        }
        LogSwept(logger, today, count, due, started, existing);
        return new SweepResult(today, count, due, started, existing, failed);
    }

    // A finished or running instance of the same reminder key refuses the start: nothing is sent twice.
    private static Task<bool> StartAsync(DurableTaskClient client, DueReminder reminder, CancellationToken ct)
    {
        var request = ReminderRequest.Of(reminder);
        return DurableStarts.StartOnceAsync(client, ReminderOrchestrator.Name, request, request.InstanceId, ct);
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Reminder sweep for {Day}: {Groupements} groupements, {Due} reminders due, {Started} started, {Existing} already started")]
    private static partial void LogSwept(ILogger logger, DateOnly day, int groupements, int due, int started, int existing);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Reminder sweep failed for groupement {GroupementId}; the next run will try again")]
    private static partial void LogGroupementFailed(ILogger logger, string groupementId, Exception exception);
}
