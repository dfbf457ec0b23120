using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Durable.Tests;

public sealed class OrchestrationTests
{
    private static Task<TestHost> StartAsync(ActivityLog? log = null) =>
        TestHost.StartAsync(TestRegistry.All, services: s => s.AddSingleton(log ?? new ActivityLog()));

    [Fact]
    public async Task Three_sequential_activities_complete_with_their_results_replayed_from_history()
    {
        var log = new ActivityLog();
        await using var host = await StartAsync(log);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 10);

        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(13, done.ReadOutputAs<int>());
        Assert.Equal(10, done.ReadInputAs<int>());
        var history = await HistoryReader.HistoryAsync(host.Storage, id);
        HistoryReader.AssertNoDuplicateSteps(history, id);
        Assert.Equal(3, history.Count(e => e.Kind == EventKind.TaskCompleted));
        Assert.Equal(["AddOne", "AddOne", "AddOne"], log.Runs.Select(r => r.Name));
    }

    [Fact]
    public async Task Activities_receive_an_idempotency_key_made_of_instance_id_and_task_id()
    {
        await using var host = await TestHost.StartAsync(r => r.AddActivity<EchoKey>()
            .AddOrchestrator(new TaskName("Keys"), typeof(KeysOrchestrator)));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Keys", null, new StartOrchestrationOptions("keys-" + Guid.NewGuid().ToString("N")));

        var done = await host.WaitAsync(id);

        Assert.Equal(new[] { $"{id}:0", $"{id}:1" }, done.ReadOutputAs<string[]>());
    }

    private sealed class KeysOrchestrator : TaskOrchestrator<object?, string[]>
    {
        public override async Task<string[]> RunAsync(TaskOrchestrationContext context, object? input) =>
            [await context.CallActivityAsync<string>(nameof(EchoKey)), await context.CallActivityAsync<string>(nameof(EchoKey))];
    }

    [Fact]
    public async Task Activities_are_resolved_from_DI_with_their_injected_services()
    {
        var log = new ActivityLog { HostName = "injected" };
        await using var host = await StartAsync(log);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 0);

        await host.WaitAsync(id);

        Assert.Equal(3, log.Runs.Count(r => r.Host == "injected" && r.Key.StartsWith(id + ":", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failed_activity_is_retried_per_its_RetryPolicy_with_durable_timers()
    {
        var log = new ActivityLog();
        await using var host = await StartAsync(log);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryingFlaky), 2);

        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("réussi après 3 tentatives", done.ReadOutputAs<string>());
        var history = await HistoryReader.HistoryAsync(host.Storage, id);
        Assert.Equal(2, history.Count(e => e.Kind == EventKind.TimerFired));
        Assert.Equal(2, history.Count(e => e.Kind == EventKind.TaskFailed));
    }

    [Fact]
    public async Task An_unhandled_activity_failure_fails_the_instance_with_the_activity_error()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FailingOnce));

        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.True(done.FailureDetails!.IsCausedBy<TaskFailedException>());
        Assert.Contains("échec simulé n°1", done.FailureDetails.ErrorMessage);
    }

    [Fact]
    public async Task Large_inputs_and_outputs_travel_through_blobs()
    {
        await using var host = await StartAsync();
        var big = string.Concat(Enumerable.Repeat("données volumineuses ", 10_000)); // ~210,000 characters
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Echo), big);

        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(big, done.ReadOutputAs<string>());
        Assert.Equal(big, done.ReadInputAs<string>());
    }
}
