using Microsoft.Extensions.Logging;

namespace Groupement.Durable.AzureStorage.Execution;

/// <summary>How a step ended.</summary>
internal enum StepOutcomeKind { Running, Completed, Failed, ContinuedAsNew }

/// <summary>The result of running orchestrator code over its history and the new events of a step.</summary>
internal sealed record StepOutcome(StepOutcomeKind Kind)
{
    public string? Output { get; init; }
    public TaskFailureDetails? Failure { get; init; }
    public IReadOnlyList<HistoryEvent> NewActions { get; init; } = [];
    public string? CustomStatus { get; init; }
    public string? ContinueAsNewInput { get; init; }
    public IReadOnlyList<(string Name, string? Data)> CarriedEvents { get; init; } = [];
    public IReadOnlyCollection<int> CancelledTimers { get; init; } = [];
}

/// <summary>Replays history through orchestrator code and computes the step's outcome.</summary>
internal static class OrchestrationExecutor
{
    public static StepOutcome Execute(ITaskOrchestrator orchestrator, TaskName name, string instanceId, string version,
        string? input, string? customStatus, IReadOnlyList<HistoryEvent> past, IReadOnlyList<HistoryEvent> fresh,
        DataConverter converter, ILoggerFactory loggers)
    {
        var actions = past.Where(e => e.Kind is EventKind.TaskScheduled or EventKind.TimerCreated)
            .GroupBy(e => e.TaskId).ToDictionary(g => g.Key, g => g.First());
        var ctx = new ReplayOrchestrationContext(name, instanceId, version, input, converter, loggers, actions)
        { CustomStatus = customStatus };
        var sync = new OrchestrationSyncContext();
        Task<object?>? run = null;
        var first = true;

        void Apply(HistoryEvent e, bool replaying)
        {
            ctx.Replaying = replaying;
            if (e.Kind == EventKind.OrchestratorStarted && !first) ctx.CheckActionsRecorded();
            first = false;
            if (e.Kind == EventKind.ExecutionStarted)
            {
                sync.Run(() => run = StartAsync(orchestrator, ctx, converter.Deserialize(input, orchestrator.InputType)));
            }
            else
            {
                sync.Run(() => ctx.Apply(e));
            }
        }

        try
        {
            foreach (var e in past) Apply(e, replaying: true);
            foreach (var e in fresh) Apply(e, replaying: false);
        }
        catch (NonDeterministicOrchestrationException)
        {
            // recorded in ctx.Fatal
        }

        if (ctx.Fatal is { } fatal)
            return new StepOutcome(StepOutcomeKind.Failed) { Failure = TaskFailureDetails.FromException(fatal), CustomStatus = ctx.CustomStatus };
        if (run is null)
            return new StepOutcome(StepOutcomeKind.Failed) { Failure = new("InvalidOperation", "The orchestration has no ExecutionStarted event.") };
        if (!run.IsCompleted)
            return new StepOutcome(StepOutcomeKind.Running)
            { NewActions = ctx.NewActions, CustomStatus = ctx.CustomStatus, CancelledTimers = ctx.CancelledTimerIds().ToList() };
        if (run.IsFaulted || run.IsCanceled)
        {
            var ex = run.Exception?.InnerException ?? new TaskCanceledException("The orchestrator was cancelled.");
            return new StepOutcome(StepOutcomeKind.Failed) { Failure = TaskFailureDetails.FromException(ex), CustomStatus = ctx.CustomStatus };
        }
        if (ctx.ContinueAsNewRequested)
            return new StepOutcome(StepOutcomeKind.ContinuedAsNew)
            {
                ContinueAsNewInput = ctx.ContinueAsNewInput, CustomStatus = ctx.CustomStatus,
                CarriedEvents = ctx.PreserveUnprocessedEvents ? ctx.UnconsumedEvents.ToList() : [],
            };
        return new StepOutcome(StepOutcomeKind.Completed) { Output = converter.Serialize(run.Result), CustomStatus = ctx.CustomStatus };
    }

    private static Task<object?> StartAsync(ITaskOrchestrator orchestrator, TaskOrchestrationContext ctx, object? input)
    {
        try
        {
            return orchestrator.RunAsync(ctx, input);
        }
        catch (Exception ex)
        {
            return Task.FromException<object?>(ex);
        }
    }
}
