using Groupement.LocalHost;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Groupement.Functions.Tests.Hosting;

/// <summary>People's writes before activities in the local host: background work slows to a trickle, never stops.</summary>
public sealed class ForegroundPriorityTests
{
    [Fact]
    public async Task Nobody_writing_lets_every_activity_start_at_once()
    {
        var priority = new ForegroundPriority(1, new FakeTimeProvider());
        var turns = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => priority.BackgroundAsync().AsTask())).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(5, turns.Length);
        Assert.False(priority.PeopleAreWriting);
    }

    [Fact]
    public async Task While_a_person_writes_activities_start_one_at_a_time_and_all_go_when_the_rush_eases()
    {
        var time = new FakeTimeProvider();
        var priority = new ForegroundPriority(1, time);
        var write = priority.Write();
        Assert.True(priority.PeopleAreWriting);

        var first = await priority.BackgroundAsync();
        var second = priority.BackgroundAsync().AsTask();
        await Task.Delay(200);
        Assert.False(second.IsCompleted); // the one slot is taken
        first.Dispose();
        using (await second.WaitAsync(TimeSpan.FromSeconds(10))) { } // the slot passed on

        var held = await priority.BackgroundAsync();
        var third = priority.BackgroundAsync().AsTask();
        write.Dispose();
        await Task.Delay(200);
        Assert.True(priority.PeopleAreWriting); // quiet only QuietAfter after the last write
        Assert.False(third.IsCompleted);
        time.Advance(priority.QuietAfter);
        Assert.False(priority.PeopleAreWriting);
        using (await third.WaitAsync(TimeSpan.FromSeconds(10))) { } // no slot needed any more
        held.Dispose();
    }

    [Fact]
    public async Task Zero_turns_the_priority_off()
    {
        var priority = new ForegroundPriority(0, new FakeTimeProvider());
        using var write = priority.Write();
        var turns = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => priority.BackgroundAsync().AsTask())).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, turns.Length);
    }

    [Theory]
    [InlineData("POST", "/api/groupements/g/adhesions", true)]
    [InlineData("PUT", "/api/adhesions/a/review", true)]
    [InlineData("GET", "/api/adhesions/a", false)]
    [InlineData("HEAD", "/api/health", false)]
    [InlineData("POST", "/connexion", false)]
    public void Only_writes_to_the_api_count(string method, string path, bool counts)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Path = path;
        Assert.Equal(counts, ForegroundPriority.IsWrite(http.Request));
    }
}
