namespace Groupement.Benchmarks;

/// <summary>Runs a worker on a task hub until stdin closes, printing "ran {idempotency key}" for each activity run.</summary>
public static class WorkerMode
{
    public static async Task<int> RunAsync(string hub, string connectionString)
    {
        var output = TextWriter.Synchronized(Console.Out);
        Increment.OnRun = key => output.WriteLine("ran " + key);
        await using var host = await BenchHost.StartAsync(connectionString, hub,
            tune: o => { o.MaxPollingInterval = TimeSpan.FromMilliseconds(500); o.MessageVisibilityTimeout = TimeSpan.FromMinutes(1); });
        output.WriteLine("ready");
        output.Flush();
        await Console.In.ReadToEndAsync(); // the parent closes stdin to stop this host
        return 0;
    }
}
