using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Data.Tables.Sas;
using Groupement.Testing;

namespace Groupement.Infra.Tests;

/// <summary>infra/scripts/tables-backup.py against Azurite: export, drop, import, and nothing lost or retyped.</summary>
public sealed class TablesBackupScriptTests
{
    private static readonly string Script = Path.Combine(Azurite.RepositoryRoot(), "infra", "scripts", "tables-backup.py");

    [FactWhenTools("python3")]
    public async Task Export_then_import_restores_every_entity_with_its_types()
    {
        var service = new TableServiceClient(Azurite.ConnectionString);
        var prefix = Azurite.UniqueName("bk");
        var big = service.GetTableClient(prefix + "big");
        var typed = service.GetTableClient(prefix + "typed");
        await big.CreateAsync();
        await typed.CreateAsync();
        for (var batch = 0; batch < 11; batch++) // 1,100 rows: more than one page of 1,000
            await big.SubmitTransactionAsync(Enumerable.Range(batch * 100, 100).Select(i =>
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i.ToString("D5")) { ["N"] = i })));
        var when = new DateTimeOffset(2026, 2, 2, 9, 30, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        await typed.AddEntityAsync(new TableEntity("commune d'Angers", "délibération 2026_011")
        {
            ["Text"] = "Reçu en préfecture", ["Small"] = 42, ["Large"] = 5_000_000_000L, ["Ratio"] = 2.0,
            ["Flag"] = true, ["When"] = when, ["Id"] = id, ["Bytes"] = new byte[] { 1, 2, 3 },
        });
        var sas = service.GenerateSasUri(TableAccountSasPermissions.All, TableAccountSasResourceTypes.All, DateTimeOffset.UtcNow.AddHours(1)).Query;
        var endpoint = service.Uri.ToString();
        var dir = Directory.CreateTempSubdirectory("tables-backup").FullName;
        try
        {
            var exported = Run(sas, "export", endpoint, dir, "--prefix", prefix);
            await big.DeleteAsync();
            await typed.DeleteAsync();
            var imported = Run(sas, "import", endpoint, dir);

            Assert.Contains($"{prefix}big: 1100 entities", exported);
            Assert.Contains($"{prefix}typed: 1 entities", exported);
            Assert.Equal(2, Directory.GetFiles(dir, "*.jsonl").Length);
            Assert.Contains($"{prefix}big: 1100 entities", imported);
            var rows = new List<TableEntity>();
            await foreach (var e in big.QueryAsync<TableEntity>()) rows.Add(e);
            Assert.Equal(Enumerable.Range(0, 1100), rows.Select(r => r.GetInt32("N")!.Value).Order());
            var restored = (await typed.GetEntityAsync<TableEntity>("commune d'Angers", "délibération 2026_011")).Value;
            Assert.Equal("Reçu en préfecture", restored.GetString("Text"));
            Assert.Equal(42, restored.GetInt32("Small"));
            Assert.Equal(5_000_000_000L, restored.GetInt64("Large"));
            Assert.Equal(2.0, restored.GetDouble("Ratio"));
            Assert.True(restored.GetBoolean("Flag"));
            Assert.Equal(when, restored.GetDateTimeOffset("When"));
            Assert.Equal(id, restored.GetGuid("Id"));
            Assert.Equal(new byte[] { 1, 2, 3 }, restored.GetBinary("Bytes"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            await big.DeleteAsync();
            await typed.DeleteAsync();
        }
    }

    [FactWhenTools("python3")]
    public void Without_arguments_it_prints_its_usage_and_fails()
    {
        var (code, _, error) = Exec([]);

        Assert.Equal(2, code);
        Assert.Contains("usage: tables-backup.py", error);
    }

    [FactWhenTools("python3")]
    public void A_refused_request_fails_with_the_status_and_no_secret()
    {
        var (code, _, error) = Exec(["export", new TableServiceClient(Azurite.ConnectionString).Uri.ToString(), Path.GetTempPath()],
            ("TABLES_SAS", "sv=2020-12-06&ss=t&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&sig=bm90LWEtc2lnbmF0dXJl"));

        Assert.NotEqual(0, code);
        Assert.Contains("answered 403", error);
        Assert.DoesNotContain("bm90LWEtc2lnbmF0dXJl", error);
    }

    private static string Run(string sas, params string[] args)
    {
        var (code, output, error) = Exec(args, ("TABLES_SAS", sas));
        Assert.True(code == 0, $"tables-backup.py {args[0]} failed ({code}):\n{output}\n{error}");
        return output;
    }

    private static (int Code, string Output, string Error) Exec(string[] args, params (string Key, string Value)[] env)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10))) { p.Kill(true); throw new TimeoutException("tables-backup.py hung"); }
        return (p.ExitCode, output.Result, error.Result);
    }
}
