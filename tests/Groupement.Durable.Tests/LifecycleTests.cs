using Groupement.Durable.AzureStorage.Storage;
using Groupement.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Durable.Tests;

public sealed class LifecycleTests
{
    private static Task<TestHost> StartAsync() =>
        TestHost.StartAsync(TestRegistry.All, services: s => s.AddSingleton(new ActivityLog()));

    [Fact]
    public async Task ContinueAsNew_restarts_with_the_new_input_and_truncates_history()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CountWithContinueAsNew), new[] { 0, 5 });

        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(5, done.ReadOutputAs<int>());
        var rows = await HistoryReader.RowsAsync(host.Storage, id);
        var generation = rows.Single(r => r.RowKey == RowKeys.Instance).GetInt32("Generation");
        Assert.Equal(6, generation);
        var historyRows = rows.Where(r => r.RowKey.StartsWith('H')).ToList();
        Assert.All(historyRows, r => Assert.Equal(generation, RowKeys.HistoryGeneration(r.RowKey)));
        Assert.Single(historyRows);
    }

    [Fact]
    public async Task Custom_status_and_the_registered_version_are_visible_to_clients()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval));
        var overridden = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), null,
            new StartOrchestrationOptions { Version = "3.0" });

        var waiting = await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "waiting");

        Assert.Equal(OrchestrationRuntimeStatus.Running, waiting.RuntimeStatus);
        Assert.Equal("2.1", waiting.Version);
        Assert.Equal("3.0", (await host.Client.GetInstanceAsync(overridden))!.Version);
    }

    [Fact]
    public async Task Instances_are_queried_by_status_creation_time_and_id_prefix()
    {
        await using var host = await StartAsync();
        var prefix = "q" + Guid.NewGuid().ToString("N")[..8] + "-";
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var done = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 1, new StartOrchestrationOptions(prefix + "done"));
        var waiting = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), null, new StartOrchestrationOptions(prefix + "waiting"));
        await host.WaitAsync(done);
        await host.WaitUntilAsync(waiting, m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        var completed = await Query(host, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed], InstanceIdPrefix = prefix });
        var running = await Query(host, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running], CreatedFrom = before, InstanceIdPrefix = prefix });
        var future = await Query(host, new OrchestrationQuery { CreatedFrom = DateTimeOffset.UtcNow.AddHours(1), InstanceIdPrefix = prefix });
        var all = await Query(host, new OrchestrationQuery { InstanceIdPrefix = prefix, FetchInputsAndOutputs = true });

        Assert.Equal([done], completed.Select(m => m.InstanceId));
        Assert.Equal([waiting], running.Select(m => m.InstanceId));
        Assert.Empty(future);
        Assert.Equal(4, all.Single(m => m.InstanceId == done).ReadOutputAs<int>());
    }

    private static async Task<List<OrchestrationMetadata>> Query(TestHost host, OrchestrationQuery q)
    {
        var list = new List<OrchestrationMetadata>();
        await foreach (var m in host.Client.GetAllInstancesAsync(q)) list.Add(m);
        return list;
    }

    [Fact]
    public async Task Terminate_ends_a_running_instance_and_purge_deletes_it_with_its_history()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval));
        await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "waiting");
        Assert.Equal(0, (await host.Client.PurgeInstanceAsync(id)).PurgedInstanceCount);

        await host.Client.TerminateInstanceAsync(id, "arrêté par l'administrateur");
        var done = await host.WaitAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("arrêté par l'administrateur", done.ReadOutputAs<string>());

        Assert.Equal(1, (await host.Client.PurgeInstanceAsync(id)).PurgedInstanceCount);
        Assert.Null(await host.Client.GetInstanceAsync(id));
        Assert.Empty(await HistoryReader.RowsAsync(host.Storage, id));
        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.TerminateInstanceAsync(id));
    }

    [Fact]
    public async Task A_start_with_the_id_of_a_running_instance_or_of_a_dedupe_status_is_refused()
    {
        await using var host = await StartAsync();
        var id = "dedupe-" + Guid.NewGuid().ToString("N");
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), null, new StartOrchestrationOptions(id));

        var running = await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() =>
            host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 1, new StartOrchestrationOptions(id)));
        Assert.Contains(running.Status, new[] { OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running });

        await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "waiting");
        await host.Client.RaiseEventAsync(id, "approval", "oui");
        await host.WaitAsync(id);
        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ThreeSteps), 1, new StartOrchestrationOptions(id) { DedupeStatuses = [OrchestrationRuntimeStatus.Completed] }));

        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 1, new StartOrchestrationOptions(id));
        var replaced = await host.WaitAsync(id);
        Assert.Equal(nameof(ThreeSteps), replaced.Name);
        Assert.Equal(4, replaced.ReadOutputAs<int>());
    }
}
