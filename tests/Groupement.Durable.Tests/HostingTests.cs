using Groupement.Durable.AzureStorage;
using Groupement.Durable.Tests.Support;
using Groupement.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Groupement.Durable.Tests;

public sealed class HostingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_workers_on_one_task_hub_finish_200_orchestrations_none_lost_none_doubled()
    {
        var hub = Azurite.UniqueName("h");
        var (logA, logB) = (new ActivityLog { HostName = "A" }, new ActivityLog { HostName = "B" });
        void Options(AzureStorageDurableOptions o) => o.MessageVisibilityTimeout = TimeSpan.FromMinutes(1);
        await using var a = await TestHost.StartAsync(TestRegistry.All, Options, s => s.AddSingleton(logA), hub);
        await using var b = await TestHost.StartAsync(TestRegistry.All, Options, s => s.AddSingleton(logB), hub);

        var ids = new List<string>();
        foreach (var batch in Enumerable.Range(0, 200).Chunk(20))
            ids.AddRange(await Task.WhenAll(batch.Select(i =>
                (i % 2 == 0 ? a : b).Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), i))));
        var results = await Task.WhenAll(ids.Select(id => a.WaitAsync(id, 300)));

        Assert.All(results.Select((m, i) => (m, i)), x =>
        {
            Assert.Equal(OrchestrationRuntimeStatus.Completed, x.m.RuntimeStatus);
            Assert.Equal(x.i + 3, x.m.ReadOutputAs<int>());
        });
        foreach (var id in ids) HistoryReader.AssertNoDuplicateSteps(await HistoryReader.HistoryAsync(a.Storage, id), id);
        var runs = logA.Runs.Concat(logB.Runs).ToList();
        output.WriteLine($"activities run by A: {logA.Runs.Count}, by B: {logB.Runs.Count}, repeated: {runs.Count - 600}");
        Assert.Equal(600, runs.Select(r => r.Key).Distinct().Count()); // every activity ran
        Assert.True(runs.Count - 600 <= 30, $"{runs.Count - 600} activity runs repeated out of 600"); // at least once, see TwoProcessTests
        Assert.NotEmpty(logA.Runs);
        Assert.NotEmpty(logB.Runs);
    }

    [Fact]
    public async Task A_storage_outage_is_retried_with_backoff_loses_nothing_and_shows_in_the_health_probe()
    {
        var outage = new OutagePolicy();
        var (tables, queues, blobs) = TestHost.Clients(outage, maxRetries: 2);
        await using var host = await TestHost.StartAsync(TestRegistry.All,
            o => { o.TableServiceClient = tables; o.QueueServiceClient = queues; o.BlobServiceClient = blobs; o.MessageVisibilityTimeout = TimeSpan.FromSeconds(3); },
            s => s.AddSingleton(new ActivityLog()));
        var health = host.Services.GetRequiredService<IDurableStorageHealth>();
        Assert.True((await health.CheckAsync()).IsHealthy);
        var ids = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), i)));

        outage.Down = true;
        var during = await health.CheckAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        outage.Down = false;

        Assert.False(during.IsHealthy);
        Assert.Contains("simulated storage outage", during.Description);
        var results = await Task.WhenAll(ids.Select(id => host.WaitAsync(id, 240)));
        Assert.All(results, m => Assert.Equal(OrchestrationRuntimeStatus.Completed, m.RuntimeStatus));
        foreach (var id in ids) HistoryReader.AssertNoDuplicateSteps(await HistoryReader.HistoryAsync(host.Storage, id), id);
        Assert.True((await health.CheckAsync()).IsHealthy);
    }

    [Fact]
    public async Task An_idle_worker_backs_off_to_its_maximum_polling_interval()
    {
        var counter = new Groupement.Benchmarks.CountingPolicy();
        var (tables, queues, blobs) = TestHost.Clients(counter);
        await using var host = await TestHost.StartAsync(TestRegistry.All,
            o => { o.TableServiceClient = tables; o.QueueServiceClient = queues; o.BlobServiceClient = blobs; o.MaxPollingInterval = TimeSpan.FromSeconds(1); },
            s => s.AddSingleton(new ActivityLog()));
        await Task.Delay(TimeSpan.FromSeconds(3)); // backoff ramps up: 50 ms, 100 ms, … 1 s

        var before = counter.Count;
        await Task.Delay(TimeSpan.FromSeconds(6));
        var calls = counter.Count - before;

        output.WriteLine($"{calls} storage calls in 6 idle seconds");
        // One poll is 3 calls (control queue, work-item queue, timer index); intervals are 1 s ± 20 %. Without the
        // backoff it would poll every 50 ms: over 300 calls.
        Assert.InRange(calls, 1, 30);
    }

    [Fact]
    public async Task Work_enqueued_in_the_same_process_wakes_the_worker_at_once()
    {
        await using var host = await TestHost.StartAsync(TestRegistry.All,
            o => { o.MinPollingInterval = TimeSpan.FromMinutes(10); o.MaxPollingInterval = TimeSpan.FromMinutes(10); },
            s => s.AddSingleton(new ActivityLog()));
        await Task.Delay(TimeSpan.FromSeconds(1)); // the worker has polled once and now sleeps ten minutes

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 1);
        var done = await host.WaitAsync(id, 240); // far less than the polling interval: only the in-process signal can do it

        Assert.Equal(4, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task The_client_works_without_a_worker_and_task_hubs_do_not_see_each_other()
    {
        await using var clientOnly = await TestHost.StartAsync(TestRegistry.All, o => o.EnableWorker = false, s => s.AddSingleton(new ActivityLog()));
        await using var other = await TestHost.StartAsync(TestRegistry.All, services: s => s.AddSingleton(new ActivityLog()));

        var id = await clientOnly.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ThreeSteps), 1);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await clientOnly.Client.GetInstanceAsync(id))!.RuntimeStatus);
        Assert.Null(await other.Client.GetInstanceAsync(id));
    }
}
