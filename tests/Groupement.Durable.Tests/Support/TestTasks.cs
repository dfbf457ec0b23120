using System.Collections.Concurrent;

namespace Groupement.Durable.Tests.Support;

/// <summary>Records activity executions; registered as a DI singleton so activities can inject it.</summary>
public sealed class ActivityLog
{
    public ConcurrentQueue<(string Host, string Key, string Name)> Runs { get; } = new();
    public string HostName { get; init; } = "host";
    public int Count(string key) => Runs.Count(r => r.Key == key);
}

/// <summary>Adds one to its input; records its idempotency key.</summary>
public sealed class AddOne(ActivityLog log) : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input)
    {
        log.Runs.Enqueue((log.HostName, context.IdempotencyKey, nameof(AddOne)));
        return Task.FromResult(input + 1);
    }
}

/// <summary>Returns the idempotency key it was given.</summary>
public sealed class EchoKey : TaskActivity<object?, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, object? input) => Task.FromResult(context.IdempotencyKey);
}

/// <summary>Fails until it has been called <c>input</c> times for the same instance.</summary>
public sealed class Flaky(ActivityLog log) : TaskActivity<int, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, int failures)
    {
        log.Runs.Enqueue((log.HostName, context.InstanceId, nameof(Flaky)));
        var calls = log.Runs.Count(r => r.Key == context.InstanceId && r.Name == nameof(Flaky));
        if (calls <= failures) throw new InvalidOperationException($"échec simulé n°{calls}");
        return Task.FromResult($"réussi après {calls} tentatives");
    }
}

/// <summary>Three sequential activities: input + 3.</summary>
public sealed class ThreeSteps : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var a = await context.CallActivityAsync<int>(nameof(AddOne), input);
        var b = await context.CallActivityAsync<int>(nameof(AddOne), a);
        return await context.CallActivityAsync<int>(nameof(AddOne), b);
    }
}

/// <summary>Waits for two events in order ("first" then "second") and joins their payloads.</summary>
public sealed class TwoEvents : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        context.SetCustomStatus("waiting");
        var first = await context.WaitForExternalEvent<string>("first");
        var second = await context.WaitForExternalEvent<string>("second");
        return first + "+" + second;
    }
}

/// <summary>The approval pattern: an event or a 7-day timeout, whichever comes first.</summary>
public sealed class Approval : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        context.SetCustomStatus("waiting");
        try
        {
            return await context.WaitForExternalEvent<string>("approval", TimeSpan.FromDays(7));
        }
        catch (TaskCanceledException)
        {
            return "timeout";
        }
    }
}

/// <summary>Sleeps on a durable timer of <c>input</c> days, then returns the replay-safe time.</summary>
public sealed class LongSleep : TaskOrchestrator<int, DateTime>
{
    public override async Task<DateTime> RunAsync(TaskOrchestrationContext context, int days)
    {
        context.SetCustomStatus("sleeping");
        await context.CreateTimer(context.CurrentUtcDateTime.AddDays(days), CancellationToken.None);
        return context.CurrentUtcDateTime;
    }
}

/// <summary>Counts up to its target through ContinueAsNew, one activity per generation.</summary>
public sealed class CountWithContinueAsNew : TaskOrchestrator<int[], int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int[] state)
    {
        var (value, target) = (state[0], state[1]);
        if (value >= target) return value;
        var next = await context.CallActivityAsync<int>(nameof(AddOne), value);
        context.SetCustomStatus(next);
        context.ContinueAsNew(new[] { next, target });
        return next;
    }
}

/// <summary>Calls <see cref="Flaky"/> with a retry policy.</summary>
public sealed class RetryingFlaky : TaskOrchestrator<int, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, int failures) =>
        context.CallActivityAsync<string>(nameof(Flaky), failures,
            TaskOptions.FromRetryPolicy(new RetryPolicy(4, TimeSpan.FromMilliseconds(200))));
}

/// <summary>Calls <see cref="Flaky"/> without retry.</summary>
public sealed class FailingOnce : TaskOrchestrator<object?, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) =>
        context.CallActivityAsync<string>(nameof(Flaky), 5);
}

/// <summary>Returns its input unchanged (large payload round trip).</summary>
public sealed class Echo : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        await context.CallActivityAsync<string>(nameof(EchoText), input);
}

/// <summary>Returns its input.</summary>
public sealed class EchoText : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input);
}

public static class TestRegistry
{
    public static void All(DurableTaskRegistry r) => r
        .AddOrchestrator<ThreeSteps>().AddOrchestrator<TwoEvents>().AddOrchestrator<Approval>("2.1")
        .AddOrchestrator<LongSleep>().AddOrchestrator<CountWithContinueAsNew>().AddOrchestrator<RetryingFlaky>()
        .AddOrchestrator<FailingOnce>().AddOrchestrator<Echo>()
        .AddActivity<AddOne>().AddActivity<EchoKey>().AddActivity<Flaky>().AddActivity<EchoText>();
}
