using Groupement.Durable.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Durable.Tests;

public sealed class ReplayTests
{
    /// <summary>Which code the orchestrator runs: changed between steps to simulate a deployment.</summary>
    public sealed class CodeVersion
    {
        public int Value { get; set; } = 1;
    }

    private sealed class Changing(CodeVersion code) : TaskOrchestrator<object?, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
        {
            if (code.Value == 1) await context.CallActivityAsync<int>(nameof(AddOne), 1);
            else if (code.Value == 2) await context.CallActivityAsync<string>(nameof(EchoKey));
            context.SetCustomStatus("waiting");
            return await context.WaitForExternalEvent<string>("go");
        }
    }

    private static Task<TestHost> StartAsync(CodeVersion code) => TestHost.StartAsync(
        r => r.AddOrchestrator("Changing", typeof(Changing)).AddActivity<AddOne>().AddActivity<EchoKey>(),
        services: s => s.AddSingleton(code).AddSingleton(new ActivityLog()));

    [Theory]
    [InlineData(2, "history has activity 'AddOne' (task #0) but the orchestrator code now schedules activity 'EchoKey' (task #0)")]
    [InlineData(3, "history has activity 'AddOne' (task #0) but the orchestrator code did not schedule it")]
    public async Task A_replay_that_diverges_from_history_fails_the_instance_naming_expected_and_actual(int newCode, string expected)
    {
        var code = new CodeVersion();
        await using var host = await StartAsync(code);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Changing");
        await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "waiting");

        code.Value = newCode;
        await host.Client.RaiseEventAsync(id, "go", "ok");
        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.True(done.FailureDetails!.IsCausedBy<NonDeterministicOrchestrationException>());
        Assert.Contains(expected, done.FailureDetails.ErrorMessage);
    }

    [Fact]
    public async Task A_replay_that_matches_history_completes()
    {
        var code = new CodeVersion();
        await using var host = await StartAsync(code);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Changing");
        await host.WaitUntilAsync(id, m => m.ReadCustomStatusAs<string>() == "waiting");

        await host.Client.RaiseEventAsync(id, "go", "ok");

        Assert.Equal("ok", (await host.WaitAsync(id)).ReadOutputAs<string>());
    }
}
