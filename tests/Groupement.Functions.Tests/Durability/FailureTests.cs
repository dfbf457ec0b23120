using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using Groupement.Functions.Storage;
using Groupement.Functions.Tests.Workflow;
using Groupement.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// DESIGN §3: an activity that keeps failing ends as a readable failure the coordinator sees, never a silent loop. The
/// délibération's blob is deleted from storage (an operator's mistake, a lost container); the re-analysis that follows
/// a resubmission cannot read it, and no retry will bring it back.
/// </summary>
public sealed class FailureTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task An_activity_that_cannot_succeed_fails_the_workflow_at_once_with_a_reason_for_the_coordinator_only()
    {
        var g = await _api.CreateGroupementAsync();
        var s = WorkflowApi.NewSubmission();
        var (aid, token) = await _api.SubmitAsync(g.Id, s);
        await _api.WaitForStatusAsync(aid, token, "UnderReview");
        var running = await _api.GetAdhesionAsync(aid, g.CoordinatorKey);
        Assert.Equal("Running", running.GetProperty("workflow").GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, running.GetProperty("workflow").GetProperty("failure").ValueKind);

        var names = host.Services.GetRequiredService<StorageNames>();
        var container = new BlobServiceClient(Azurite.ConnectionString).GetBlobContainerClient(names.DocumentsContainer);
        var deleted = 0;
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{g.Id}/{aid}/deliberation/", CancellationToken.None))
        {
            await container.DeleteBlobAsync(blob.Name);
            deleted++;
        }
        Assert.Equal(1, deleted);

        Assert.Equal(HttpStatusCode.Accepted, (await _api.ReviewAsync(aid, g.CoordinatorKey, "request-changes", "Merci de joindre la convention signée.")).StatusCode);
        await _api.WaitForNotificationAsync(aid, token, "ChangesRequested", "changes-requested");
        using var form = new MultipartFormDataContent();
        var convention = new ByteArrayContent(Deliberations.Convention(s.Commune + " (signée)"));
        convention.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(convention, "convention", "convention signée.pdf");
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Accepted, (await _api.As(token).PostAsync($"/api/adhesions/{aid}/documents", form)).StatusCode);

        var failed = await _api.WaitForStatusAsync(aid, g.CoordinatorKey, "Submitted",
            a => a.GetProperty("workflow").GetProperty("status").GetString() == "Failed");
        // Not retried for minutes: a missing document does not come back.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"failed only after {clock.Elapsed}");
        var reason = failed.GetProperty("workflow").GetProperty("failure").GetString()!;
        Assert.Contains("missing from storage", reason, StringComparison.Ordinal);
        Assert.Contains(aid, reason, StringComparison.Ordinal);
        Assert.True(failed.GetProperty("workflow").GetProperty("updatedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-2));
        Assert.Contains(WorkflowApi.History(failed), h => h.Event == "documents-resubmitted");

        var member = await _api.GetAdhesionAsync(aid, token);
        Assert.Equal("Failed", member.GetProperty("workflow").GetProperty("status").GetString());
        var told = member.GetProperty("workflow").GetProperty("failure").GetString()!;
        Assert.Contains("coordonnateur", told, StringComparison.Ordinal);
        Assert.DoesNotContain("storage", told, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", member.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("missing from storage", member.GetRawText(), StringComparison.Ordinal);
    }
}
