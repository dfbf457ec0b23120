using Groupement.Durable.AzureStorage.Execution;
using Groupement.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Groupement.Durable.Tests;

public sealed class EventAndTimerTests
{
    private static Task<TestHost> StartAsync(TimeProvider? time = null) =>
        TestHost.StartAsync(TestRegistry.All, services: s =>
        {
            s.AddSingleton(new ActivityLog());
            if (time is not null) s.AddSingleton(time);
        });

    [Fact]
    public async Task Events_raised_before_the_wait_are_buffered_and_names_are_case_insensitive()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(TwoEvents));

        await host.Client.RaiseEventAsync(id, "SECOND", "b");
        await host.Client.RaiseEventAsync(id, "First", "a");
        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("a+b", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Raising_an_event_on_an_unknown_instance_throws_OrchestrationNotFoundException()
    {
        await using var host = await StartAsync();

        var ex = await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.RaiseEventAsync("nobody-" + Guid.NewGuid(), "go"));

        Assert.StartsWith("nobody-", ex.InstanceId);
    }

    [Fact]
    public async Task A_thirty_day_timer_fires_when_the_clock_reaches_it_and_not_before()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(clock);
        var started = clock.GetUtcNow();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongSleep), 30);
        await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "sleeping");

        clock.Advance(TimeSpan.FromDays(29));
        await Task.Delay(TimeSpan.FromSeconds(2)); // several polls at the test's 500 ms interval
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(id))!.RuntimeStatus);

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(done.ReadOutputAs<DateTime>() >= started.UtcDateTime.AddDays(30));
        var fired = (await HistoryReader.HistoryAsync(host.Storage, id)).Single(e => e.Kind == EventKind.TimerFired);
        Assert.Equal(started.UtcDateTime.AddDays(30), fired.FireAt!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_cancelled_timer_does_not_keep_the_instance_running()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(clock);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval));
        await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "waiting");

        await host.Client.RaiseEventAsync(id, "Approval", "approuvé");
        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("approuvé", done.ReadOutputAs<string>());
        var row = (await HistoryReader.RowsAsync(host.Storage, id)).Single(r => r.RowKey == "I");
        Assert.Equal("[]", row.GetString("Timers"));
    }

    [Fact]
    public async Task The_timeout_of_an_event_wait_fires_after_seven_days_of_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(clock);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval));
        await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "waiting");

        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var done = await host.WaitAsync(id);

        Assert.Equal("timeout", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_scheduled_start_waits_for_its_time()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(clock);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 1,
            new StartOrchestrationOptions(StartAt: clock.GetUtcNow().AddDays(10)));

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await host.Client.GetInstanceAsync(id))!.RuntimeStatus);
        clock.Advance(TimeSpan.FromDays(10));
        var done = await host.WaitAsync(id);

        Assert.Equal(4, done.ReadOutputAs<int>());
    }
}
