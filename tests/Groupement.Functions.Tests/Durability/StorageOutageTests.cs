using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Groupement.Functions.Tests.Workflow;
using Groupement.Testing;
using Xunit.Abstractions;

namespace Groupement.Functions.Tests.Durability;

/// <summary>
/// Issue 12: storage stops answering under a running host (its own Azurite process frozen with SIGSTOP, then resumed
/// with SIGCONT). Meanwhile every request is answered within seconds: 503 STORAGE_UNAVAILABLE with Retry-After when
/// it needs storage, its usual 4xx when it is the caller's mistake; liveness stays up, readiness says 503. Afterwards
/// the workflows resume alone: nothing lost, nothing doubled.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    // Loose for a loaded machine: a storage call gives up after about 13 s (3 tries of 4 s).
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task While_storage_is_frozen_requests_get_a_prompt_503_and_the_workflows_resume_after()
    {
        await using var storage = await OwnAzurite.StartAsync();
        using var deployment = new SharedDeployment { Storage = storage.ConnectionString };
        await using var host = new ChildHost(deployment, "outage");
        await host.StartAsync();
        var api = new HostsApi([host], deployment.AdminKey);
        var g = await api.CreateGroupementAsync();
        var before = new Tracked(0, WorkflowApi.NewSubmission(), "approve");
        before.Id = await api.SubmitAsync(g.Id, before);

        storage.Freeze();
        output.WriteLine("storage frozen");
        try
        {
            var (live, liveTime) = await Timed(() => host.Http.GetAsync("/api/health/live"));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);

            var (ready, readyTime) = await Timed(() => host.Http.GetAsync("/api/health/ready"));
            await AssertUnavailable(ready, readyTime, "readiness");

            var (create, createTime) = await Timed(() => Send(HttpMethod.Post, "/api/groupements", deployment.AdminKey, JsonContent.Create(new
            {
                name = "Groupement pendant la panne",
                coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
                joinDeadline = Deliberations.Day(60), marketStart = Deliberations.Day(120),
                firstPeriodMonths = 12, renewals = 2, renewalMonths = 12, withdrawalNoticeMonths = 3,
                reviewers = new[] { "relecteur@coordonnateur.test" }, keywords = new[] { "ENT" },
            })));
            await AssertUnavailable(create, createTime, "creating a groupement");

            var during = new Tracked(0, WorkflowApi.NewSubmission(), "approve");
            var (submit, submitTime) = await Timed(() =>
            {
                var m = new HttpRequestMessage(HttpMethod.Post, $"/api/groupements/{g.Id}/adhesions") { Content = during.Submission.ToForm() };
                m.Headers.Add("Idempotency-Key", during.Key);
                return host.Http.SendAsync(m);
            });
            await AssertUnavailable(submit, submitTime, "a submission");

            // The caller's mistakes that need no storage are still theirs.
            var (anonymous, anonymousTime) = await Timed(() => Send(HttpMethod.Post, "/api/groupements", null, JsonContent.Create(new { name = "x" })));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            var (badJson, badJsonTime) = await Timed(() => Send(HttpMethod.Post, "/api/groupements", deployment.AdminKey,
                new StringContent("{ pas du json", System.Text.Encoding.UTF8, "application/json")));
            Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
            output.WriteLine($"during the freeze: live {liveTime.TotalSeconds:F1} s, ready 503 in {readyTime.TotalSeconds:F1} s, create 503 in {createTime.TotalSeconds:F1} s, " +
                $"submit 503 in {submitTime.TotalSeconds:F1} s, 401 in {anonymousTime.TotalSeconds:F1} s, 400 in {badJsonTime.TotalSeconds:F1} s");

            storage.Resume();
            output.WriteLine("storage resumed");

            // The submission refused during the freeze goes through when retried; the one accepted before goes on alone.
            during.Id = await api.SubmitAsync(g.Id, during);
            foreach (var t in new[] { before, during })
                await api.WaitAsync(t.Id!, g.CoordinatorKey, 0, a => a.GetProperty("status").GetString() == "UnderReview", "reached UnderReview");
            var ready2 = await host.Http.GetAsync("/api/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready2.StatusCode);
            Assert.NotEqual(before.Id, during.Id);
        }
        finally
        {
            storage.Resume();
        }

        Task<HttpResponseMessage> Send(HttpMethod method, string path, string? bearer, HttpContent? content)
        {
            var m = new HttpRequestMessage(method, path) { Content = content };
            if (bearer is not null) m.Headers.Authorization = new("Bearer", bearer);
            return host.Http.SendAsync(m);
        }
    }

    private static async Task AssertUnavailable(HttpResponseMessage r, TimeSpan took, string what)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.ServiceUnavailable, $"{what}: {(int)r.StatusCode} {text}");
        Assert.Equal("STORAGE_UNAVAILABLE", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        Assert.StartsWith("application/problem+json", r.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.True(r.Headers.RetryAfter?.Delta is { } d && d >= TimeSpan.FromSeconds(1), $"{what}: Retry-After {r.Headers.RetryAfter}");
        Assert.True(took <= AnswerBound, $"{what} answered after {took.TotalSeconds:F1} s");
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Took)> Timed(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        var r = await send();
        return (r, clock.Elapsed);
    }

    /// <summary>An in-memory Azurite of this test alone, on free ports, that the test can freeze and resume.</summary>
    private sealed class OwnAzurite : IAsyncDisposable
    {
        private readonly Process _process;

        private OwnAzurite(Process process, string connectionString)
        {
            _process = process;
            ConnectionString = connectionString;
        }

        public string ConnectionString { get; }

        public static async Task<OwnAzurite> StartAsync()
        {
            var bin = Path.Combine(Azurite.RepositoryRoot(), "node_modules", ".bin", "azurite");
            Assert.True(File.Exists(bin), $"{bin} is missing: run ./scripts/install-tools.sh");
            var (blob, queue, table) = (Azurite.FreePort(), Azurite.FreePort(), Azurite.FreePort());
            var psi = new ProcessStartInfo(bin) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
                "--blobHost", "127.0.0.1", "--blobPort", $"{blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
                "--tableHost", "127.0.0.1", "--tablePort", $"{table}" })
                psi.ArgumentList.Add(a);
            var process = Process.Start(psi)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            foreach (var port in new[] { blob, queue, table })
            {
                var until = DateTime.UtcNow.AddSeconds(60);
                while (true)
                {
                    try
                    {
                        using var c = new System.Net.Sockets.TcpClient();
                        await c.ConnectAsync(IPAddress.Loopback, port);
                        break;
                    }
                    catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < until)
                    {
                        await Task.Delay(100);
                    }
                }
            }
            return new OwnAzurite(process, Azurite.ConnectionStringFor(blob, queue, table));
        }

        public void Freeze() => Signal("STOP");

        public void Resume() => Signal("CONT");

        private void Signal(string name)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", $"-{name} {_process.Id}") { UseShellExecute = false })!;
            kill.WaitForExit();
            Assert.Equal(0, kill.ExitCode);
        }

        public ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                Resume();
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
            _process.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
