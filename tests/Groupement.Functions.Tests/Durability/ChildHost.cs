using System.Diagnostics;
using System.Net;
using Groupement.Testing;

namespace Groupement.Functions.Tests.Durability;

/// <summary>The settings several host processes share: one storage account, one task hub, one pickup folder, one admin key.</summary>
public sealed class SharedDeployment : IDisposable
{
    public string AdminKey { get; } = "test-admin-key-" + Guid.NewGuid().ToString("N");
    public string TaskHub { get; } = Azurite.UniqueName("hub");
    public string Outbox { get; } = Directory.CreateTempSubdirectory("groupement-outbox-").FullName;
    public string Logs { get; } = Directory.CreateTempSubdirectory("groupement-hostlogs-").FullName;

    /// <summary>The storage account's connection string (the shared Azurite unless a test brings its own).</summary>
    public string Storage { get; init; } = Azurite.ConnectionString;

    /// <summary>
    /// The environment of a host process. The engine's visibility timeouts and leases are shortened so that a message
    /// held by a killed process reappears, and its partition is taken over, in seconds instead of minutes.
    /// </summary>
    public Dictionary<string, string> Environment(int port) => new()
    {
        ["AzureWebJobsStorage"] = Storage,
        ["Auth__AdminKey"] = AdminKey,
        ["Email__Mode"] = "pickup",
        ["Email__PickupDirectory"] = Outbox,
        ["Durable__TaskHubName"] = TaskHub,
        ["Durable__ControlQueueVisibilityTimeout"] = "00:00:20",
        ["Durable__WorkItemQueueVisibilityTimeout"] = "00:00:20",
        ["Durable__LeaseInterval"] = "00:00:10",
        ["Durable__LeaseRenewInterval"] = "00:00:03",
        ["Durable__LeaseAcquireInterval"] = "00:00:03",
        ["Durable__MaxQueuePollingInterval"] = "00:00:01",
        ["Reminders__Schedule"] = "0 0 5 * * *",
        ["PublicBaseUrl"] = "http://groupement.test",
        ["RateLimit__SubmissionsPerMinute"] = "100000",
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public void Dispose()
    {
        try { Directory.Delete(Outbox, recursive: true); } catch (IOException) { }
        try { Directory.Delete(Logs, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// The local host as a child process (<c>dotnet Groupement.LocalHost.dll</c> from the test output), so that a test can
/// kill it -9 and start it again on the same port, storage and task hub.
/// </summary>
public sealed class ChildHost : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);
    private readonly SharedDeployment _deployment;
    private readonly string _name;
    private Process? _process;
    private int _starts;

    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Extra environment of the process, over the deployment's.</param>
    public ChildHost(SharedDeployment deployment, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        _deployment = deployment;
        _name = name;
        _settings = settings ?? new Dictionary<string, string>();
        Port = Azurite.FreePort();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    /// <summary>A client of this host (the same across restarts: the port does not change).</summary>
    public HttpClient Http { get; }

    public string LogFile(int start) => Path.Combine(_deployment.Logs, $"{_name}-{start}.log");

    /// <summary>Starts the process and waits until <c>/api/health</c> answers 200.</summary>
    public async Task StartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Groupement.LocalHost.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project references the local host, its build output lands here.");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false,
            RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var (k, v) in _deployment.Environment(Port)) psi.Environment[k] = v;
        foreach (var (k, v) in _settings) psi.Environment[k] = v;
        var start = ++_starts;
        var log = new StreamWriter(LogFile(start)) { AutoFlush = true };
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Exited += (_, _) => { lock (log) log.Dispose(); };
        Assert.True(process.Start());
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow + StartPatience;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"{_name} exited with {(process.HasExited ? process.ExitCode : 0)}:\n{Tail(start)}");
            try
            {
                using var r = await Http.GetAsync("/api/health");
                if (r.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{_name} never became healthy:\n{Tail(start)}");
    }

    /// <summary>kill -9 of the process and its children; returns once it is gone.</summary>
    public void Kill()
    {
        var p = _process ?? throw new InvalidOperationException("not started");
        p.Kill(entireProcessTree: true);
        Assert.True(p.WaitForExit(30_000), $"{_name} did not die");
        _process = null;
    }

    public async Task RestartAsync()
    {
        Kill();
        await StartAsync();
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Tail(int? start = null)
    {
        var file = LogFile(start ?? _starts);
        try
        {
            using var s = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(s);
            var lines = reader.ReadToEnd().Split('\n');
            return string.Join('\n', lines.TakeLast(40));
        }
        catch (IOException e)
        {
            return e.Message;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit(30_000);
        }
        Http.Dispose();
        return ValueTask.CompletedTask;
    }
}
