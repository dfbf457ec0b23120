using System.Text.Json;
using Azure.Data.Tables;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Deliberations;
using Groupement.Functions.Storage;
using Groupement.Functions.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Web.Console;

/// <summary>
/// Many dossiers written straight through the storage layer (the read model and its groupement index, as the
/// projection writes them), spread over past days: what a console sees at the end of a campaign, without running
/// 1,500 workflows. Real communes of the Pays de la Loire and Brittany when the reference data is installed.
/// </summary>
internal static class ConsoleSeed
{
    public sealed record Seeded(string Id, string Reference, string Siren, string Name, string Departement, AdhesionStatus Status, int Errors);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public static async Task<IReadOnlyList<Seeded>> SeedAsync(GroupementHost host, string gid, string prefix, int count, int firstNumber)
    {
        var tables = host.Services.GetRequiredService<TableServiceClient>();
        var names = host.Services.GetRequiredService<StorageNames>();
        var communes = Communes().Take(count).ToList();
        var now = DateTimeOffset.UtcNow;
        var seeded = new List<Seeded>();
        using var gate = new SemaphoreSlim(16);
        var tasks = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            var (siren, name, insee) = i < communes.Count ? communes[i] : (Workflow.Sirens.NewCommune(), $"Commune test {i + 1}", (string?)null);
            var status = (i % 20) switch { < 11 => AdhesionStatus.UnderReview, < 13 => AdhesionStatus.ChangesRequested, < 17 => AdhesionStatus.AwaitingPrefecture, < 19 => AdhesionStatus.Enrolled, _ => AdhesionStatus.Submitted };
            var findings = new List<FindingView>();
            if (i % 7 == 3) findings.Add(new FindingView("QUORUM_NOT_MET", FindingView.Error, "Le quorum n'est pas atteint : 7 présents sur 19 membres en exercice (article L2121-17 du CGCT).")
                { Evidence = new Evidence(1, 7, "Conseillers en exercice : 19 — Présents : 7 — Pouvoirs : 2 — Votants : 9") });
            if (i % 5 == 1) findings.Add(new FindingView("COUNTS_MISSING", FindingView.Warning, "Le nombre de votants n'est pas indiqué."));
            // Submissions over the 45 past days, more of them near the end as a deadline nears.
            var daysAgo = (int)Math.Round(45 * Math.Pow((double)(count - i) / count, 1.6));
            var at = now.AddDays(-daysAgo).AddMinutes(-(i % 600));
            var view = new AdhesionView($"{Guid.NewGuid():N}", gid, new Member(siren, "Commune de " + name, "commune", insee),
                new Referent("Secrétariat de mairie", $"mairie-{siren}@seed.test"), [new Need("École publique", null, 20 + i % 150)],
                status, findings, [], null, null, null, null, [], [new HistoryView(at, "submitted", "member")])
            { Reference = $"{prefix}-{at.Year}-{firstNumber + i:D4}" };
            seeded.Add(new Seeded(view.Id, view.Reference!, siren, view.Member.Name, insee is null ? "" : Dept(insee), status, findings.Count(f => f.Severity == FindingView.Error)));
            await gate.WaitAsync();
            var store = new AdhesionStore(tables, names, new FixedTime(at));
            tasks.Add(Task.Run(async () => { try { await store.CreateAsync(view, null, view.History); } finally { gate.Release(); } }));
        }
        await Task.WhenAll(tasks);
        return seeded;
    }

    private static string Dept(string insee) => insee.StartsWith("97", StringComparison.Ordinal) ? insee[..3] : insee[..2];

    /// <summary>Communes of 44, 49, 53, 72, 85 and 35 from @etalab/decoupage-administratif, when it is installed.</summary>
    private static IEnumerable<(string Siren, string Name, string? Insee)> Communes()
    {
        string? file = null;
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null && file is null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "node_modules", "@etalab", "decoupage-administratif", "data", "communes.json");
            if (File.Exists(candidate)) file = candidate;
        }
        if (file is null) yield break;
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        string[] departements = ["49", "44", "85", "53", "72", "35"];
        var all = json.RootElement.EnumerateArray()
            .Where(c => c.TryGetProperty("type", out var t) && t.GetString() == "commune-actuelle" && c.TryGetProperty("siren", out _)
                && departements.Contains(c.GetProperty("departement").GetString()))
            .Select(c => (Siren: c.GetProperty("siren").GetString()!, Name: c.GetProperty("nom").GetString()!, Insee: (string?)c.GetProperty("code").GetString()!,
                Order: Array.IndexOf(departements, c.GetProperty("departement").GetString())))
            .OrderBy(c => c.Order).ThenBy(c => c.Insee, StringComparer.Ordinal)
            .ToList();
        foreach (var c in all) yield return (c.Siren, c.Name, c.Insee);
    }
}
