using Azure;
using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>Turns a loaded instance partition into the next step: new history, instance row, inbox deletes, outbox.</summary>
internal sealed partial class StepPlanner(TaskHubStorage storage, DurableTaskRegistry registry, IServiceProvider services,
    ILoggerFactory loggers)
{
    private const int MaxInboxPerStep = 80;

    public async Task<StepPlan?> PlanAsync(InstanceSnapshot snap, string? owner)
    {
        var s = snap.State!;
        var now = storage.Time.GetUtcNow();
        var plan = new StepPlan { Owner = owner };
        if (s.IsTerminal)
        {
            // Late events or duplicate results for a finished instance: drop them.
            foreach (var item in snap.Inbox.Take(MaxInboxPerStep)) plan.Actions.Add(Delete(s.InstanceId, item.RowKey));
            DeleteStale(plan, snap);
            return plan.Actions.Count > 0 ? plan : null;
        }
        var terminate = snap.Inbox.FirstOrDefault(i => i.Kind == InboxKind.Terminate);
        if (terminate is not null) return await TerminateAsync(snap, terminate, now, plan);
        if (s.AwaitsStart && s.ScheduledStartTime > now) return null;

        var consumed = snap.Inbox.Take(MaxInboxPerStep).ToList();
        var fresh = new List<HistoryEvent> { new(EventKind.OrchestratorStarted, now.UtcDateTime) };
        if (s.AwaitsStart)
            fresh.Add(new HistoryEvent(EventKind.ExecutionStarted, now.UtcDateTime) { Name = s.Name, Data = s.Input, Version = s.Version });
        AddInbound(s, snap.History, consumed, fresh);
        foreach (var t in s.Timers.Where(t => t.Due <= now).OrderBy(t => t.Due).ThenBy(t => t.TaskId).ToList())
        {
            fresh.Add(new HistoryEvent(EventKind.TimerFired, now.UtcDateTime) { TaskId = t.TaskId, FireAt = t.Due.UtcDateTime });
            s.Timers.Remove(t);
        }
        if (snap.Inbox.Count > consumed.Count) plan.Outbox.Add(new OutboxItem(OutboxKind.Hint, s.InstanceId));

        if (fresh.Count == 1)
        {
            // Nothing that code could observe (a duplicate result, a hint with no work): only tidy up.
            foreach (var item in consumed) plan.Actions.Add(Delete(s.InstanceId, item.RowKey));
            DeleteStale(plan, snap);
            return plan.Actions.Count > 0 ? plan : null;
        }

        var outcome = Run(s, snap.History, fresh);
        await ApplyAsync(plan, s, snap, fresh, outcome, now);
        foreach (var item in consumed) plan.Actions.Add(Delete(s.InstanceId, item.RowKey));
        DeleteStale(plan, snap);
        return plan;
    }

    private static void AddInbound(InstanceState s, List<HistoryEvent> history, List<InboxItem> consumed, List<HistoryEvent> fresh)
    {
        var scheduled = history.Where(e => e.Kind == EventKind.TaskScheduled).Select(e => e.TaskId).ToHashSet();
        var completed = history.Where(e => e.Kind is EventKind.TaskCompleted or EventKind.TaskFailed).Select(e => e.TaskId).ToHashSet();
        var at = fresh[0].Timestamp;
        foreach (var item in consumed)
        {
            if (item.Kind == InboxKind.Event)
                fresh.Add(new HistoryEvent(EventKind.EventRaised, at) { Name = item.Name, Data = item.Data });
            // A result counts once, for a task of this generation that history scheduled: duplicates and strays are dropped.
            else if (item.Kind == InboxKind.Result && item.Generation == s.Generation && scheduled.Contains(item.TaskId)
                     && completed.Add(item.TaskId))
                fresh.Add(item.Failure is null
                    ? new HistoryEvent(EventKind.TaskCompleted, at) { TaskId = item.TaskId, Data = item.Data }
                    : new HistoryEvent(EventKind.TaskFailed, at) { TaskId = item.TaskId, Failure = item.Failure });
        }
    }

    private StepOutcome Run(InstanceState s, List<HistoryEvent> history, List<HistoryEvent> fresh)
    {
        if (!registry.Orchestrators.TryGetValue(s.Name, out var type))
            return new StepOutcome(StepOutcomeKind.Failed)
            { Failure = new("Groupement.Durable.OrchestratorNotRegistered", $"No orchestrator named '{s.Name}' is registered in this worker.") };
        using var scope = services.CreateScope();
        ITaskOrchestrator orchestrator;
        try
        {
            orchestrator = (ITaskOrchestrator)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
        }
        catch (Exception ex)
        {
            return new StepOutcome(StepOutcomeKind.Failed) { Failure = TaskFailureDetails.FromException(ex) };
        }
        return OrchestrationExecutor.Execute(orchestrator, s.Name, s.InstanceId, s.Version, s.Input, s.CustomStatus,
            history, fresh, storage.Options.DataConverter, loggers);
    }

    private static TableTransactionAction Delete(string pk, string rk) =>
        new(TableTransactionActionType.Delete, new TableEntity(pk, rk), ETag.All);

    private static void DeleteStale(StepPlan plan, InstanceSnapshot snap)
    {
        foreach (var row in snap.StaleHistory.Take(Math.Max(0, plan.Room - 1)))
            plan.Actions.Add(Delete(row.PartitionKey, row.RowKey));
    }
}
