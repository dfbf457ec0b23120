using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Benchmarks;

/// <summary>The console's list as a coordinator feels it: a groupement of many dossiers, pages and filters over HTTP.</summary>
public sealed partial class ReviewBench
{
    /// <summary>
    /// Seeds <paramref name="dossiers"/> adhésions through the store (read model and summaries), then times, over HTTP,
    /// the first page (default sort), a filtered and searched page, and a walk through every page of 200.
    /// </summary>
    public async Task<(List<double> FirstPage, List<double> Filtered, double FullWalkMs)> MeasureListAsync(int dossiers, int samples)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/groupements")
        {
            Content = JsonContent.Create(new
            {
                name = "Liste " + Guid.NewGuid().ToString("N")[..6],
                coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
                joinDeadline = Day(60), marketStart = Day(120), firstPeriodMonths = 12,
                reviewers = new[] { "relecteur@coordonnateur.test" },
                referencePrefix = "BENCH",
            }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _adminKey);
        var created = await Json(await Http.SendAsync(create), HttpStatusCode.Created);
        var gid = created.GetProperty("id").GetString()!;
        var key = created.GetProperty("coordinatorKey").GetString()!;
        var store = _app.Services.GetRequiredService<AdhesionStore>();
        var statuses = Enum.GetValues<AdhesionStatus>();
        await Parallel.ForEachAsync(Enumerable.Range(0, dossiers), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            List<FindingView> findings = i % 7 == 0 ? [new FindingView("QUORUM_NOT_MET", FindingView.Error, "Quorum non atteint.")] : [];
            var view = new AdhesionView($"b{i:D5}{Guid.NewGuid():N}"[..32], gid, new Member($"2149{i:D5}", $"Commune {i:D4}", "commune", $"49{i % 1000:D3}"),
                new Referent("Camille", $"r{i}@mairie.test"), [new Need("École", null, 10)], statuses[i % statuses.Length], findings, [],
                null, null, null, null, [], []) { Reference = $"BENCH-2026-{i + 1:D4}" };
            await store.CreateAsync(view, null, [new HistoryView(DateTimeOffset.UtcNow, "submitted", "member")], ct);
        });
        async Task<(double Ms, string? Token)> Get(string query)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/groupements/{gid}/adhesions{query}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var t0 = Stopwatch.GetTimestamp();
            var json = await Json(await Http.SendAsync(request), HttpStatusCode.OK);
            return (Stopwatch.GetElapsedTime(t0).TotalMilliseconds, json.GetProperty("continuationToken").GetString());
        }
        await Get(""); // warm-up: the first request loads what is loaded once
        var first = new List<double>();
        var filtered = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            first.Add((await Get("")).Ms);
            filtered.Add((await Get("?status=UnderReview&findings=error&departement=49&q=commune%2001&sort=-name")).Ms);
        }
        var walk = Stopwatch.StartNew();
        string? token = null;
        do token = (await Get("?sort=name&pageSize=200" + (token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token)))).Token;
        while (token is not null);
        return (first, filtered, walk.Elapsed.TotalMilliseconds);
    }
}
