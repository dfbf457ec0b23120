using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Groupement.Documents;

/// <summary>What a child process gave: its exit code and output, or why it was stopped.</summary>
internal sealed record ProcessOutcome(int ExitCode, string Output, string Errors, bool TimedOut, bool OutputTooLong, bool NotFound)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut && !OutputTooLong && !NotFound;
}

/// <summary>Runs a tool with a timeout (the process tree is killed), a cap on its output and, where util-linux prlimit
/// is on PATH, a cap on its address space. No shell: arguments are passed as a list.</summary>
internal static class BoundedProcess
{
    private const int MaxErrorChars = 8 * 1024;
    private static readonly Lazy<string?> Prlimit = new(() => FindOnPath("prlimit"));

    public static async Task<ProcessOutcome> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout,
        int maxOutputChars, long memoryLimitBytes, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (memoryLimitBytes > 0 && Prlimit.Value is { } prlimit)
        {
            start.FileName = prlimit;
            start.ArgumentList.Add($"--as={memoryLimitBytes}");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(fileName);
        }
        else
        {
            start.FileName = fileName;
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // One thread each: the machine's cores are shared, and Tesseract's OpenMP threads only add contention.
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start()) return new ProcessOutcome(-1, "", "", false, false, true);
        }
        catch (Win32Exception e)
        {
            return new ProcessOutcome(-1, "", e.Message, false, false, true);
        }
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        var output = ReadBoundedAsync(process.StandardOutput, maxOutputChars, timer.Token);
        var errors = ReadBoundedAsync(process.StandardError, MaxErrorChars, timer.Token);
        try
        {
            var (text, tooLong) = await output.ConfigureAwait(false);
            if (tooLong)
            {
                Kill(process);
                return new ProcessOutcome(-1, "", "", false, true, false);
            }
            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            var (errorText, _) = await errors.ConfigureAwait(false);
            return new ProcessOutcome(process.ExitCode, text, errorText, false, false, false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessOutcome(-1, "", "", true, false, false);
        }
        finally
        {
            if (!process.HasExited) Kill(process);
        }
    }

    /// <summary>Reads until the end, or stops at the cap (the rest is drained by the kill).</summary>
    private static async Task<(string Text, bool TooLong)> ReadBoundedAsync(StreamReader reader, int maxChars, CancellationToken token)
    {
        var sb = new StringBuilder();
        var buffer = new char[16 * 1024];
        while (true)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(), token).ConfigureAwait(false);
            if (read == 0) return (sb.ToString(), false);
            if (sb.Length + read > maxChars) return ("", true);
            sb.Append(buffer, 0, read);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exited between the check and the kill.
        }
    }

    public static string? FindOnPath(string name)
    {
        if (Path.IsPathRooted(name)) return File.Exists(name) ? name : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
