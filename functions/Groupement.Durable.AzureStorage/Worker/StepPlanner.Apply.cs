using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;

namespace Groupement.Durable.AzureStorage.Worker;

internal sealed partial class StepPlanner
{
    private static long _eventSequence;

    private async Task ApplyAsync(StepPlan plan, InstanceState s, InstanceSnapshot snap, List<HistoryEvent> fresh,
        StepOutcome outcome, DateTimeOffset now)
    {
        var at = now.UtcDateTime;
        var events = new List<HistoryEvent>(fresh);
        var (generation, step) = (s.Generation, s.Steps);
        s.CustomStatus = outcome.CustomStatus;
        s.LastUpdatedTime = now;
        s.Status = OrchestrationRuntimeStatus.Running;
        switch (outcome.Kind)
        {
            case StepOutcomeKind.Running:
                events.AddRange(outcome.NewActions);
                foreach (var action in outcome.NewActions) Schedule(plan, s, action);
                s.Timers.RemoveAll(t => outcome.CancelledTimers.Contains(t.TaskId));
                break;
            case StepOutcomeKind.Completed:
                events.Add(new HistoryEvent(EventKind.ExecutionCompleted, at) { Data = outcome.Output });
                Finish(s, OrchestrationRuntimeStatus.Completed, now);
                s.Output = outcome.Output;
                break;
            case StepOutcomeKind.Failed:
                events.Add(new HistoryEvent(EventKind.ExecutionCompleted, at) { Failure = outcome.Failure });
                Finish(s, OrchestrationRuntimeStatus.Failed, now);
                s.Failure = outcome.Failure;
                break;
            case StepOutcomeKind.ContinuedAsNew:
                await ContinueAsNewAsync(plan, s, outcome, now);
                break;
        }
        if (outcome.Kind != StepOutcomeKind.ContinuedAsNew)
        {
            s.Steps++;
            var history = new TableEntity(s.InstanceId, RowKeys.History(generation, step));
            await storage.SetTextAsync(history, "Events", HistoryJson.Serialize(events), s.InstanceId);
            plan.Actions.Insert(0, new TableTransactionAction(TableTransactionActionType.Add, history));
        }
        await AddInstanceAndOutboxAsync(plan, s, generation, step);
    }

    private async Task AddInstanceAndOutboxAsync(StepPlan plan, InstanceState s, int generation, int step)
    {
        var row = await InstanceRows.ToEntityAsync(s, storage);
        plan.Actions.Insert(0, new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, s.ETag));
        if (plan.Outbox.Count == 0) return;
        plan.OutboxRowKey = RowKeys.Outbox(generation, step);
        var outbox = new TableEntity(s.InstanceId, plan.OutboxRowKey) { ["Owner"] = plan.Owner };
        await storage.SetTextAsync(outbox, "Items", HistoryJson.Serialize(plan.Outbox), s.InstanceId);
        plan.Actions.Add(new TableTransactionAction(TableTransactionActionType.Add, outbox));
    }

    private void Schedule(StepPlan plan, InstanceState s, HistoryEvent action)
    {
        if (action.Kind == EventKind.TaskScheduled)
        {
            var item = new ActivityWorkItem(s.InstanceId, s.Generation, action.TaskId, action.Name!, action.Data, s.Version);
            plan.Outbox.Add(new OutboxItem(OutboxKind.Activity, s.InstanceId) { Message = HistoryJson.Serialize(item) });
        }
        else if (action.Kind == EventKind.TimerCreated)
        {
            var due = new DateTimeOffset(DateTime.SpecifyKind(action.FireAt!.Value, DateTimeKind.Utc));
            s.Timers.Add(new PendingTimer(action.TaskId, due));
            plan.Outbox.Add(new OutboxItem(OutboxKind.Timer, s.InstanceId) { Due = due, Generation = s.Generation, TaskId = action.TaskId });
        }
    }

    private static void Finish(InstanceState s, OrchestrationRuntimeStatus status, DateTimeOffset now)
    {
        s.Status = status;
        s.CompletedTime = now;
        s.Timers.Clear();
    }

    private async Task ContinueAsNewAsync(StepPlan plan, InstanceState s, StepOutcome outcome, DateTimeOffset now)
    {
        // History is truncated: the old generation's rows are deleted (now, or by later steps when too many).
        for (var i = 0; i < s.Steps && plan.Actions.Count < 40; i++)
            plan.Actions.Add(new TableTransactionAction(TableTransactionActionType.Delete,
                new TableEntity(s.InstanceId, RowKeys.History(s.Generation, i)), Azure.ETag.All));
        foreach (var (name, data) in outcome.CarriedEvents.Take(40))
        {
            var carried = new InboxItem(RowKeys.Event(NextSequence(now)), InboxKind.Event) { Name = name, Data = data };
            plan.Actions.Add(new TableTransactionAction(TableTransactionActionType.Add, await carried.ToEntityAsync(s.InstanceId, storage)));
        }
        s.Generation++;
        s.Steps = 0;
        s.Status = OrchestrationRuntimeStatus.ContinuedAsNew;
        s.Input = outcome.ContinueAsNewInput;
        s.Output = null;
        s.Timers.Clear();
        plan.Outbox.Add(new OutboxItem(OutboxKind.Hint, s.InstanceId));
    }

    private async Task<StepPlan> TerminateAsync(InstanceSnapshot snap, InboxItem terminate, DateTimeOffset now, StepPlan plan)
    {
        var s = snap.State!;
        var (generation, step) = (s.Generation, s.Steps);
        var events = new List<HistoryEvent>
        {
            new(EventKind.OrchestratorStarted, now.UtcDateTime),
            new(EventKind.ExecutionTerminated, now.UtcDateTime) { Data = terminate.Data },
        };
        Finish(s, OrchestrationRuntimeStatus.Terminated, now);
        s.Output = terminate.Data;
        s.LastUpdatedTime = now;
        s.Steps++;
        var history = new TableEntity(s.InstanceId, RowKeys.History(generation, step));
        await storage.SetTextAsync(history, "Events", HistoryJson.Serialize(events), s.InstanceId);
        plan.Actions.Add(new TableTransactionAction(TableTransactionActionType.Add, history));
        foreach (var item in snap.Inbox.Take(MaxInboxPerStep)) plan.Actions.Add(Delete(s.InstanceId, item.RowKey));
        await AddInstanceAndOutboxAsync(plan, s, generation, step);
        return plan;
    }

    /// <summary>A strictly increasing sequence for event row keys (time-based, so events keep their order).</summary>
    public static long NextSequence(DateTimeOffset now)
    {
        while (true)
        {
            var last = Interlocked.Read(ref _eventSequence);
            var next = Math.Max(now.UtcTicks, last + 1);
            if (Interlocked.CompareExchange(ref _eventSequence, next, last) == last) return next;
        }
    }
}
