using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;
using Groupement.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Groupement.Durable.Tests;

public sealed class CrashTests(ITestOutputHelper output)
{
    /// <summary>Three activities, an event and a durable timer: every kind of step.</summary>
    private sealed class EveryStep : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            var a = await context.CallActivityAsync<int>(nameof(AddOne), input);
            await context.CreateTimer(context.CurrentUtcDateTime.AddMilliseconds(200), CancellationToken.None);
            var b = await context.CallActivityAsync<int>(nameof(AddOne), a);
            var bonus = await context.WaitForExternalEvent<int>("bonus");
            return await context.CallActivityAsync<int>(nameof(AddOne), b + bonus);
        }
    }

    [Fact]
    public async Task A_crash_at_any_storage_boundary_loses_no_step_and_applies_none_twice()
    {
        var faults = new CrashInjector();
        var log = new ActivityLog();
        await using var host = await TestHost.StartAsync(r => r.AddOrchestrator("EveryStep", typeof(EveryStep)).AddActivity<AddOne>(),
            o => { o.FaultInjector = faults; o.MaxConcurrentOrchestrations = 32; o.MaxConcurrentActivities = 32; o.MessageVisibilityTimeout = TimeSpan.FromSeconds(3); },
            s => s.AddSingleton(log));

        // A clean run counts the boundaries one instance crosses.
        var probe = await RunAsync(host, "probe-" + Guid.NewGuid().ToString("N"));
        var boundaries = faults.Seen(probe!);
        Assert.True(boundaries > 20, $"only {boundaries} boundaries seen");

        // Then one instance per boundary, each crashing there once (before or after that storage call).
        var prefix = "crash-" + Guid.NewGuid().ToString("N")[..8];
        var runs = Enumerable.Range(1, boundaries + 2).Select(k =>
        {
            var id = $"{prefix}-{k:D3}";
            faults.CrashAt(id, k);
            return RunAsync(host, id);
        }).ToList();
        var ids = (await Task.WhenAll(runs)).ToList();
        // Boundaries whose position varies between runs (a raise interleaves with a dispatch) are then hit by kind.
        var missedKinds = faults.KindsSeen(probe!).Except(faults.Crashes.Select(c => (c.Boundary.Operation, c.Boundary.After))).ToList();
        ids.AddRange(await Task.WhenAll(missedKinds.Select((kind, i) =>
        {
            var id = $"{prefix}-kind{i}";
            faults.CrashAt(id, kind);
            return RunAsync(host, id);
        })));

        output.WriteLine($"{boundaries} boundaries, {faults.Crashes.Count} crashes injected: " + string.Join(", ", faults.Crashes.Select(c => $"{c.Boundary.Operation}{(c.Boundary.After ? "+" : "-")}").Distinct()));
        var crashedKinds = faults.Crashes.Select(c => (c.Boundary.Operation, c.Boundary.After)).ToHashSet();
        var missed = faults.KindsSeen(probe!).Except(crashedKinds).ToList();
        Assert.True(missed.Count == 0, "no crash injected at " + string.Join(", ", missed));
        // Step counts vary a little between runs (an extra hint, a redelivery), so a few late positions may not exist.
        Assert.True(faults.Crashes.Count >= boundaries * 9 / 10, $"only {faults.Crashes.Count} crashes for {boundaries} boundaries");
        foreach (var id in ids.OfType<string>())
        {
            var done = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
            Assert.Equal(100 + 3 + 10, done.ReadOutputAs<int>());
            var history = await HistoryReader.HistoryAsync(host.Storage, id);
            HistoryReader.AssertNoDuplicateSteps(history, id);
            Assert.Equal(3, history.Count(e => e.Kind == EventKind.TaskCompleted));
            Assert.Equal(1, history.Count(e => e.Kind == EventKind.EventRaised));
            foreach (var task in new[] { 0, 2, 3 }) Assert.True(log.Count($"{id}:{task}") >= 1, $"{id}: activity {task} never ran");
        }
        // A crash before the instance row was written means the start never happened (the caller saw the error).
        // A start that crashed before its instance row was written did not happen (its caller saw the error); any other start ran.
        var notStarted = ids.Select((id, i) => id).Count(id => id is null);
        var beforeWrite = faults.Crashes.Count(c => c.Boundary is { Operation: "SendHint" or "CreateInstance", After: false }
            || c.Boundary is { Operation: "SendHint", After: true } && !c.Instance.StartsWith("probe", StringComparison.Ordinal));
        Assert.True(notStarted <= beforeWrite, $"{notStarted} starts lost, only {beforeWrite} crashes happened before an instance row was written");
    }

    /// <summary>Starts, sends the event once the orchestration waits for it, waits for completion; null when the start crashed before its write.</summary>
    private static async Task<string?> RunAsync(TestHost host, string id)
    {
        try
        {
            await host.Client.ScheduleNewOrchestrationInstanceAsync("EveryStep", 100, new StartOrchestrationOptions(id));
        }
        catch (SimulatedCrashException)
        {
            if (await host.Client.GetInstanceAsync(id) is null) return null; // crashed before the write: nothing started
        }
        var until = DateTime.UtcNow.AddSeconds(240);
        while (true)
        {
            var history = await HistoryReader.HistoryAsync(host.Storage, id);
            if (history.Any(e => e.Kind == EventKind.TaskScheduled && e.TaskId == 2)) break;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{id} never reached the event wait");
            await Task.Delay(200);
        }
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await host.Client.RaiseEventAsync(id, "bonus", 10);
                break;
            }
            catch (SimulatedCrashException)
            {
                // the raise itself crashed: if its row was written, recovery delivers it; else send again
                if (await EventWrittenAsync(host.Storage, id)) break;
            }
        }
        await host.WaitAsync(id, 240);
        return id;
    }

    private static async Task<bool> EventWrittenAsync(TaskHubStorage storage, string id) =>
        (await HistoryReader.RowsAsync(storage, id)).Any(r => r.RowKey.StartsWith("NE", StringComparison.Ordinal))
        || (await HistoryReader.HistoryAsync(storage, id)).Any(e => e.Kind == EventKind.EventRaised);
}
