using System.Net;
using Groupement.Functions.Tests.Workflow;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// DESIGN §3: starting an adhésion's orchestration is idempotent, and an event raised to an adhésion whose instance is
/// missing (purged) or ended (terminated) is detected and repaired instead of being dropped by the engine.
/// </summary>
public sealed class StartAndRepairTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    private DurableTaskClient Durable => host.Services.GetRequiredService<DurableTaskClient>();

    [Fact]
    public async Task The_same_submission_twice_returns_the_same_adhesion_and_one_orchestration_instance()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var key = "retry-" + Guid.NewGuid().ToString("N");
        var first = await WorkflowApi.JsonAsync(await _api.PostSubmissionAsync(g.Id, s, idempotencyKey: key));
        var aid = first.GetProperty("adhesionId").GetString()!;
        await _api.WaitForStatusAsync(aid, g.CoordinatorKey, "UnderReview");
        var before = await Durable.GetInstanceAsync(aid);
        Assert.NotNull(before);

        var again = await _api.PostSubmissionAsync(g.Id, s, idempotencyKey: key);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(aid, (await WorkflowApi.JsonAsync(again)).GetProperty("adhesionId").GetString());

        // Not replaced (the client's default would terminate and restart it): same creation time, still running.
        var after = await Durable.GetInstanceAsync(aid);
        Assert.NotNull(after);
        Assert.Equal(before.CreatedAt, after.CreatedAt);
        Assert.Equal(OrchestrationRuntimeStatus.Running, after.RuntimeStatus);
        var list = await _api.As(g.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/adhesions");
        Assert.Equal(1, (await WorkflowApi.JsonAsync(list)).GetProperty("count").GetInt32());
        var view = await _api.GetAdhesionAsync(aid, g.CoordinatorKey);
        Assert.Equal(1, WorkflowApi.History(view).Count(h => h.Event == "submitted"));
        await Task.Delay(1000); // time for a second start, had there been one, to send a second email
        Assert.Single(Outbox.Of(host.Outbox, s.ReferentEmail, "submission-received"));
        Assert.Single(Outbox.Of(host.Outbox, g.ReviewerEmail, "review-needed"));
        host.AssertNoErrors();
    }

    [Fact]
    public async Task A_review_posted_to_an_adhesion_whose_instance_was_terminated_restarts_it_and_is_applied()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission(deliberationText: Deliberations.StampedText);
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForNotificationAsync(aid, g.CoordinatorKey, "UnderReview", "review-needed"); // the reviewers' email shows on the coordinator's view
        await Durable.TerminateInstanceAsync(aid);
        await WaitForRuntimeStatusAsync(aid, OrchestrationRuntimeStatus.Terminated);

        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "approve")).StatusCode);
        var enrolled = await _api.WaitForNotificationAsync(aid, token, "Enrolled", "enrolled");
        Assert.Equal(1, WorkflowApi.History(enrolled).Count(h => h.Event == "approved"));
        Assert.Equal("Running", enrolled.GetProperty("workflow").GetProperty("status").GetString());
        Assert.Single(Outbox.Of(host.Outbox, s.ReferentEmail, "enrolled"));
        // Resumed from the read model: the submission's analysis and emails are not run again.
        Assert.Equal(1, WorkflowApi.History(enrolled).Count(h => h.Event == "analysis-completed"));
        Assert.Single(Outbox.Of(host.Outbox, s.ReferentEmail, "submission-received"));
        Assert.Single(Outbox.Of(host.Outbox, g.ReviewerEmail, "review-needed"));
        host.AssertNoErrors();
    }

    [Fact]
    public async Task A_review_posted_to_an_adhesion_whose_instance_was_purged_starts_a_new_one_and_is_applied()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForNotificationAsync(aid, g.CoordinatorKey, "UnderReview", "review-needed"); // the reviewers' email shows on the coordinator's view
        await Durable.TerminateInstanceAsync(aid);
        await WaitForRuntimeStatusAsync(aid, OrchestrationRuntimeStatus.Terminated);
        Assert.Equal(1, (await Durable.PurgeInstanceAsync(aid)).PurgedInstanceCount);
        Assert.Null(await Durable.GetInstanceAsync(aid));

        const string comment = "Merci de joindre la convention signée.";
        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "request-changes", comment)).StatusCode);
        var changes = await _api.WaitForNotificationAsync(aid, token, "ChangesRequested", "changes-requested");
        Assert.Contains(WorkflowApi.History(changes), h => h.Event == "changes-requested" && h.Comment == comment);
        Assert.NotNull(await Durable.GetInstanceAsync(aid));
        Assert.Single(Outbox.Of(host.Outbox, s.ReferentEmail, "changes-requested"));
        Assert.Single(Outbox.Of(host.Outbox, s.ReferentEmail, "submission-received"));
        host.AssertNoErrors();
    }

    private async Task WaitForRuntimeStatusAsync(string aid, OrchestrationRuntimeStatus status)
    {
        var deadline = DateTime.UtcNow + WorkflowApi.Patience;
        while (DateTime.UtcNow < deadline)
        {
            if ((await Durable.GetInstanceAsync(aid))?.RuntimeStatus == status) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{aid} never {status}: {await _api.InstanceAsync(aid)}");
    }
}
