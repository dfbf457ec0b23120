using System.Diagnostics;
using System.Reflection;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>
/// Runs the Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package. Its path is baked into this
/// assembly at build time (the package's BicepPath); when absent, the NuGet packages folder is searched.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";
    private static readonly Lazy<string> _path = new(Locate);

    public static string Path => _path.Value;

    public static BicepResult Run(params string[] args)
    {
        var psi = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = InfraFiles.InfraDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start " + Path);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', args)} did not finish within 5 minutes.");
        }
        return new BicepResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Locate()
    {
        var metadata = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        var candidates = new List<string>();
        if (metadata.GetValueOrDefault("BicepPath") is { Length: > 0 } baked) candidates.Add(baked);
        if (metadata.GetValueOrDefault("BicepPackageRoot") is { Length: > 0 } root) candidates.Add(System.IO.Path.Combine(root, "tools", "bicep"));
        candidates.AddRange(FromPackagesFolder());
        foreach (var candidate in candidates.Select(Normalize))
        {
            if (!File.Exists(candidate)) continue;
            EnsureExecutable(candidate);
            return candidate;
        }
        throw new InvalidOperationException(
            $"The Bicep CLI was not found (looked in: {string.Join(", ", candidates)}). Run `dotnet restore` on this project; " +
            "the package Azure.Bicep.CommandLine.linux-x64 provides it (Linux x64 only).");
    }

    private static IEnumerable<string> FromPackagesFolder()
    {
        var folders = new[]
        {
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        foreach (var folder in folders.Where(f => !string.IsNullOrEmpty(f)))
        {
            var package = System.IO.Path.Combine(folder!, PackageId);
            if (!Directory.Exists(package)) continue;
            foreach (var version in Directory.GetDirectories(package).OrderByDescending(d => d, StringComparer.Ordinal))
                yield return System.IO.Path.Combine(version, "tools", "bicep");
        }
    }

    // The package's props join paths with backslashes, which Linux does not read as separators.
    private static string Normalize(string path) =>
        OperatingSystem.IsWindows() ? path : System.IO.Path.GetFullPath(path.Replace('\\', '/'));

    // NuGet extracts the binary with the owner's execute bit only, or none on some file systems.
    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode exec = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0) File.SetUnixFileMode(path, mode | exec);
    }
}

internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string AllOutput => StandardOutput + StandardError;
}
