using System.Diagnostics;
using Groupement.Functions.Hosting;
using Groupement.Functions.Tests.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Telemetry;

/// <summary>The real host whose spans also go to an in-memory exporter.</summary>
public sealed class TracedHost : WorkflowHost
{
    private readonly List<Activity> _spans = [];

    public IReadOnlyList<Activity> Spans
    {
        get { lock (_spans) return [.. _spans]; }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(new Collector(_spans))));
    }

    private sealed class Collector(List<Activity> spans) : OpenTelemetry.BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            lock (spans) spans.Add(data);
        }
    }
}

/// <summary>A submission's path, from the request through the workflow to the email, is one trace found by its adhésion id.</summary>
public sealed class SubmissionTraceTests(TracedHost host, ITestOutputHelper output) : IClassFixture<TracedHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task The_spans_of_a_submission_through_the_workflow_to_the_email_carry_the_adhesion_id()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForNotificationAsync(aid, token, "UnderReview", "submission-received");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        List<Activity> ours;
        do
        {
            ours = host.Spans.Where(a => a.GetTagItem(GroupementTelemetry.AdhesionIdTag) as string == aid).ToList();
            if (ours.Any(a => a.OperationName == "email.send" && a.GetTagItem(GroupementTelemetry.NotificationKindTag) as string == "submission-received")) break;
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        foreach (var a in host.Spans.Where(a => a.TraceId == ours.First(o => o.OperationName == "adhesion.submit").TraceId && !ours.Contains(a)).OrderBy(a => a.StartTimeUtc))
            output.WriteLine($"(same trace) {a.StartTimeUtc:HH:mm:ss.fff} {a.Source.Name} {a.OperationName} {a.Kind} trace={a.TraceId} parent={a.ParentSpanId}");
        foreach (var a in ours.OrderBy(a => a.StartTimeUtc))
            output.WriteLine($"{a.StartTimeUtc:HH:mm:ss.fff} {a.Source.Name} {a.OperationName} {a.Kind} trace={a.TraceId} parent={a.ParentSpanId}");

        var names = ours.Select(a => a.OperationName).ToHashSet();
        Assert.Contains("adhesion.submit", names);
        Assert.Contains("adhesion.analyze", names);
        Assert.Contains("adhesion.notify", names);
        Assert.Contains(ours, a => a.OperationName == "email.send" && a.GetTagItem(GroupementTelemetry.NotificationKindTag) as string == "submission-received");
        // The HTTP request's own span names the adhésion too, so the request is found from the id.
        Assert.Contains(ours, a => a.Kind == ActivityKind.Server && a.Source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var submit = Assert.Single(ours, a => a.OperationName == "adhesion.submit");
        Assert.Equal(g.Id, submit.GetTagItem(GroupementTelemetry.GroupementIdTag));
        // One trace from the request through the engine's activities to the email: the local host passes the caller's
        // trace context into the orchestration (ExecutionStartedEvent.ParentTraceContext), as Durable Functions does in Azure.
        Assert.All(ours, a => Assert.Equal(submit.TraceId, a.TraceId));
        Assert.Contains(host.Spans, a => a.Source.Name == "DurableTask.Core" && a.TraceId == submit.TraceId && a.OperationName.Contains("SendNotification", StringComparison.Ordinal));
        host.AssertNoErrors();
    }
}
