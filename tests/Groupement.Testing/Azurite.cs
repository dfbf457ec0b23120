using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Groupement.Testing;

/// <summary>
/// One Azurite for the whole test run. ./test.sh starts it and passes its connection string in
/// GROUPEMENT_TEST_STORAGE; when that is unset (a plain `dotnet test`), the first test that asks starts one from the
/// repository's node_modules on free loopback ports, in memory, and stops it when the test process exits.
/// </summary>
public static class Azurite
{
    private static readonly Lazy<string> _connectionString = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static Process? _process;

    /// <summary>The storage connection string of the shared Azurite.</summary>
    public static string ConnectionString => _connectionString.Value;

    /// <summary>A short unique name fragment so that each test gets its own tables, queues and containers.</summary>
    public static string UniqueName(string prefix = "t") => prefix + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The connection string for Azurite on the given ports (the well-known development account).</summary>
    public static string ConnectionStringFor(int blob, int queue, int table) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    /// <summary>Finds the repository root (the folder holding GroupementFunctions.sln) from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GroupementFunctions.sln"))) return dir.FullName;
        throw new InvalidOperationException("GroupementFunctions.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A free TCP port on loopback.</summary>
    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string Start()
    {
        var fromEnv = Environment.GetEnvironmentVariable("GROUPEMENT_TEST_STORAGE");
        if (!string.IsNullOrWhiteSpace(fromEnv)) return fromEnv;

        var bin = Path.Combine(RepositoryRoot(), "node_modules", ".bin", "azurite");
        if (!File.Exists(bin))
            throw new InvalidOperationException($"Azurite is not installed: run ./test.sh (or npm install) first. Looked for {bin}.");
        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var psi = new ProcessStartInfo(bin)
        {
            ArgumentList = { "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose",
                "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(), "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                "--tableHost", "127.0.0.1", "--tablePort", table.ToString() },
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        _process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Azurite.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } };
        WaitForPort(table);
        WaitForPort(queue);
        WaitForPort(blob);
        return ConnectionStringFor(blob, queue, table);
    }

    private static void WaitForPort(int port)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException($"Azurite did not listen on port {port} within 60 s.");
    }
}
