using Azure.Data.Tables;
using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.AzureStorage.Storage;
using Groupement.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Durable.Tests;

public sealed class PoisonAndDuplicateTests
{
    [Fact]
    public async Task A_message_that_fails_five_times_is_parked_and_its_instance_failed_with_a_readable_reason()
    {
        var faults = new CrashInjector();
        await using var host = await TestHost.StartAsync(TestRegistry.All,
            o => { o.FaultInjector = faults; o.MessageVisibilityTimeout = TimeSpan.FromSeconds(2); },
            s => s.AddSingleton(new ActivityLog()));
        var id = "poison-" + Guid.NewGuid().ToString("N");
        var deliveries = 0;
        faults.Rule = b => b is { Operation: "LoadInstance", After: false } && b.InstanceId == id
            ? new InvalidOperationException($"état illisible (livraison {Interlocked.Increment(ref deliveries)})")
            : null;

        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 1, new StartOrchestrationOptions(id));
        var failed = await host.WaitAsync(id, 240);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        Assert.Matches(@"failed [5-9] times and was parked in table", failed.FailureDetails!.ErrorMessage);
        Assert.Contains("état illisible", failed.FailureDetails.ErrorMessage);
        var parked = await ParkedAsync(host.Storage);
        Assert.Contains(parked, p => p.GetString("InstanceId") == id && p.GetString("Error")!.Contains("état illisible"));
        Assert.True(deliveries >= 5, $"parked after {deliveries} deliveries");
        // Nothing cycles: every message of the instance ends parked and the control queue empties (hidden ones included).
        var until = DateTime.UtcNow.AddSeconds(180);
        while ((await host.Storage.Control.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0 && DateTime.UtcNow < until)
            await Task.Delay(250);
        var settled = deliveries;
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(settled, deliveries);
        Assert.Equal(0, (await host.Storage.Control.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task A_malformed_activity_message_is_parked_instead_of_cycling()
    {
        await using var host = await TestHost.StartAsync(TestRegistry.All,
            o => { o.MessageVisibilityTimeout = TimeSpan.FromSeconds(1); o.PoisonThreshold = 3; },
            s => s.AddSingleton(new ActivityLog()));

        await host.Storage.WorkItems.SendMessageAsync("ceci n'est pas du JSON");

        var until = DateTime.UtcNow.AddSeconds(180);
        List<TableEntity> parked;
        while ((parked = await ParkedAsync(host.Storage)).Count == 0 && DateTime.UtcNow < until) await Task.Delay(250);
        var row = Assert.Single(parked);
        Assert.Equal("ceci n'est pas du JSON", row.GetString("Message"));
        Assert.Equal(3, row.GetInt32("DequeueCount"));
        Assert.Null((await host.Storage.WorkItems.PeekMessageAsync()).Value);
    }

    private static async Task<List<TableEntity>> ParkedAsync(TaskHubStorage storage)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in storage.Poison.QueryAsync<TableEntity>()) rows.Add(e);
        return rows;
    }

    [Fact]
    public async Task Duplicate_and_stray_activity_results_are_dropped()
    {
        await using var host = await TestHost.StartAsync(TestRegistry.All, services: s => s.AddSingleton(new ActivityLog()));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(TwoEvents));
        await host.Client.RaiseEventAsync(id, "first", "a");
        await host.WaitUntilAsync(id, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        // A redelivered result for a task that history does not hold, and one from an older generation.
        foreach (var (generation, task) in new[] { (1, 7), (0, 0) })
        {
            var stray = new InboxItem(RowKeys.Result(generation, task), InboxKind.Result) { Data = "666", Generation = generation, TaskId = task };
            await host.Storage.Instances.AddEntityAsync(await stray.ToEntityAsync(id, host.Storage));
        }
        await host.Storage.Control.SendMessageAsync(id);
        await host.Client.RaiseEventAsync(id, "second", "b");
        var done = await host.WaitAsync(id);

        Assert.Equal("a+b", done.ReadOutputAs<string>());
        var history = await HistoryReader.HistoryAsync(host.Storage, id);
        Assert.DoesNotContain(history, e => e.Kind is EventKind.TaskCompleted);
        Assert.DoesNotContain(await HistoryReader.RowsAsync(host.Storage, id), r => r.RowKey.StartsWith("NR", StringComparison.Ordinal));
    }
}
