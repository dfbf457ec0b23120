using System.Diagnostics;
using Groupement.Functions.Hosting;

namespace Groupement.Functions.Tests.Hosting;

/// <summary>Bad configuration stops the real host process with one clear line naming the key.</summary>
public class ConfigurationTests
{
    private static (int Exit, string[] ErrorLines) StartHost(Dictionary<string, string?> env, string host = "Groupement.LocalHost.dll")
    {
        var dll = Path.Combine(AppContext.BaseDirectory, host);
        var psi = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, RedirectStandardError = true, RedirectStandardOutput = true,
            WorkingDirectory = Directory.CreateTempSubdirectory().FullName };
        foreach (var k in psi.Environment.Keys.Where(k => k.Contains("__") || k.StartsWith("AzureWebJobs")).ToList()) psi.Environment.Remove(k);
        psi.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        psi.Environment["ASPNETCORE_CONTENTROOT"] = psi.WorkingDirectory;
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000)) { p.Kill(true); throw new TimeoutException("host did not stop on bad configuration"); }
        return (p.ExitCode, stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Without_storage_the_host_stops_with_one_line_naming_AzureWebJobsStorage()
    {
        var (exit, lines) = StartHost(new() { ["Auth__AdminKey"] = "a-long-enough-admin-key" });
        Assert.Equal(2, exit);
        var line = Assert.Single(lines);
        Assert.Contains("AzureWebJobsStorage", line);
    }

    [Fact]
    public void The_Functions_worker_checks_the_same_settings_before_it_starts()
    {
        var (exit, lines) = StartHost(new() { ["Auth__AdminKey"] = "a-long-enough-admin-key" }, "Groupement.Functions.dll");
        Assert.Equal(2, exit);
        Assert.Contains(lines, l => l.Contains("AzureWebJobsStorage", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_connection_string_is_named_without_echoing_it()
    {
        var (exit, lines) = StartHost(new() { ["Auth__AdminKey"] = "a-long-enough-admin-key", ["AzureWebJobsStorage"] = "AccountKey=secretvalue;nonsense" });
        Assert.Equal(2, exit);
        var line = Assert.Single(lines);
        Assert.Contains("AzureWebJobsStorage", line);
        Assert.DoesNotContain("secretvalue", line);
    }

    [Fact]
    public void Without_an_admin_key_the_host_stops_naming_Auth__AdminKey()
    {
        var (exit, lines) = StartHost(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });
        Assert.Equal(2, exit);
        Assert.Contains("Auth__AdminKey", Assert.Single(lines));
    }

    [Fact]
    public void Local_settings_values_become_configuration_keys()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "local.settings.json"),
            """{ "IsEncrypted": false, "Values": { "Auth__AdminKey": "k", "Email__Mode": "pickup" }, "Host": { "LocalHttpPort": 7071 } }""");
        var values = LocalSettingsConfigurationExtensions.Read(Path.Combine(dir, "local.settings.json")).ToDictionary();
        Assert.Equal("k", values["Auth:AdminKey"]);
        Assert.Equal("pickup", values["Email:Mode"]);
        Assert.Equal("7071", values["Host:LocalHttpPort"]);
    }
}
