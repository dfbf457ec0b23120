using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Groupement.Functions.Exports;
using Groupement.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.WPFonts;

namespace Groupement.Benchmarks;

/// <summary>
/// What a coordinator feels: the real local host (the app's functions on the engine, built in this process with
/// <c>AddLocalHost()</c>/<c>UseLocalHost()</c> on a loopback port), adhésions submitted over HTTP and waiting for review;
/// then, after an idle period, a review POSTed and the adhésion's GET polled until its new status shows.
/// </summary>
public sealed partial class ReviewBench : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _outbox;
    private readonly List<string> _waiting = [];
    private string _coordinatorKey = "";
    private string _adminKey = "";

    private ReviewBench(WebApplication app, string outbox)
    {
        _app = app;
        _outbox = outbox;
    }

    internal HttpClient Http { get; private set; } = new();

    internal string AdminKey => _adminKey;

    /// <summary>The host's engine options as the configuration keys <see cref="DurableEngineOptions.From"/> reads.</summary>
    public static Dictionary<string, string?> DurableKeys(DurableEngineOptions o) => new()
    {
        ["Durable:TaskHubName"] = o.TaskHubName,
        ["Durable:PartitionCount"] = o.PartitionCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Durable:MaxQueuePollingInterval"] = o.MaxQueuePollingInterval.ToString("c"),
        ["Durable:UseAppLease"] = o.UseAppLease ? "true" : "false",
        ["Durable:LeaseAcquireInterval"] = o.LeaseAcquireInterval.ToString("c"),
        ["Durable:LeaseRenewInterval"] = o.LeaseRenewInterval.ToString("c"),
        ["Durable:LeaseInterval"] = o.LeaseInterval.ToString("c"),
    };

    public static async Task<ReviewBench> StartAsync(string connectionString, DurableEngineOptions options)
    {
        var outbox = Directory.CreateTempSubdirectory("groupement-bench-outbox-").FullName;
        var settings = DurableKeys(options);
        settings["AzureWebJobsStorage"] = connectionString;
        settings["Email:Mode"] = "pickup";
        settings["Email:PickupDirectory"] = outbox;
        settings["PublicBaseUrl"] = "http://groupement.bench";
        settings["Reminders:Schedule"] = "0 0 5 * * *";
        settings["RateLimit:SubmissionsPerMinute"] = "100000";
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        var adminKey = "bench-admin-" + Guid.NewGuid().ToString("N");
        settings["Auth:AdminKey"] = adminKey;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddLocalHost();
        builder.Configuration.AddInMemoryCollection(settings); // over local.settings.json, if any
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseLocalHost();
        await app.StartAsync();
        await app.Services.GetRequiredService<DurableEngine>().Started;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bench = new ReviewBench(app, outbox) { Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) } };
        bench._adminKey = adminKey;
        return bench;
    }

    /// <summary>Creates a groupement and submits <paramref name="count"/> adhésions; returns when all are UnderReview.</summary>
    public async Task PrepareAsync(int count)
    {
        string gid;
        (gid, _coordinatorKey) = await CreateGroupementAsync();
        for (var i = 0; i < count; i++)
        {
            var json = await Json(await Http.PostAsync($"/api/groupements/{gid}/adhesions", NewSubmission()), HttpStatusCode.Accepted);
            _waiting.Add(json.GetProperty("adhesionId").GetString()!);
        }
        foreach (var aid in _waiting) await WaitForStatusAsync(aid, "UnderReview", TimeSpan.FromSeconds(90));
    }

    /// <summary>Creates a groupement open for 60 days: its id and coordinator key.</summary>
    internal async Task<(string Id, string CoordinatorKey)> CreateGroupementAsync()
    {
        var body = new
        {
            name = "Groupement de commandes ENT des écoles " + Guid.NewGuid().ToString("N")[..6],
            coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
            joinDeadline = Day(60), marketStart = Day(120),
            firstPeriodMonths = 12, renewals = 2, renewalMonths = 12, withdrawalNoticeMonths = 3,
            reviewers = new[] { "relecteur@coordonnateur.test" },
            keywords = new[] { "environnement numérique de travail", "ENT" },
        };
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/groupements") { Content = JsonContent.Create(body) };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _adminKey);
        var created = await Json(await Http.SendAsync(create), HttpStatusCode.Created);
        return (created.GetProperty("id").GetString()!, created.GetProperty("coordinatorKey").GetString()!);
    }

    /// <summary>Reviews the prepared adhésions one by one, <paramref name="gap"/> apart: ms from the POST to the new status on GET.</summary>
    public async Task<List<double>> MeasureAsync(TimeSpan gap)
    {
        var times = new List<double>();
        foreach (var aid in _waiting)
        {
            var t0 = Stopwatch.GetTimestamp();
            using var review = new HttpRequestMessage(HttpMethod.Post, $"/api/adhesions/{aid}/review")
            {
                Content = JsonContent.Create(new { decision = "approve", comment = "Dossier complet." }),
            };
            review.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _coordinatorKey);
            await Json(await Http.SendAsync(review), HttpStatusCode.Accepted);
            await WaitForStatusAsync(aid, "AwaitingPrefecture", TimeSpan.FromSeconds(120), poll: TimeSpan.FromMilliseconds(5));
            times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            await Task.Delay(gap);
        }
        return times;
    }

    private async Task WaitForStatusAsync(string aid, string status, TimeSpan timeout, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        string? last = null;
        while (clock.Elapsed < timeout)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/adhesions/{aid}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _coordinatorKey);
            var a = await Json(await Http.SendAsync(get), HttpStatusCode.OK);
            last = a.GetProperty("status").GetString();
            if (last == status) return;
            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException($"adhésion {aid} never reached {status} in {timeout} (last: {last}).");
    }

    internal static async Task<JsonElement> Json(HttpResponseMessage r, HttpStatusCode expected)
    {
        var text = await r.Content.ReadAsStringAsync();
        if (r.StatusCode != expected) throw new InvalidOperationException($"{(int)r.StatusCode} {r.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static DateOnly Day(int offset)
    {
        var d = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset);
        return d.Day == 1 ? d.AddDays(1) : d;
    }

    private static int _siren = Random.Shared.Next(1000, 9000);

    private static MultipartFormDataContent NewSubmission() => NewSubmission(null);

    /// <summary>A member's submission form; <paramref name="convention"/> replaces the one-page text convention (e.g. a scan).</summary>
    internal static MultipartFormDataContent NewSubmission(byte[]? convention)
    {
        var eight = "2149" + (Interlocked.Increment(ref _siren) % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var siren = Enumerable.Range(0, 10).Select(k => eight + k).First(Groupement.Domain.Members.Siren.IsValid);
        var commune = "Val-des-Tilleuls-" + siren[^4..];
        var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { siren, name = "Commune de " + commune, kind = "commune" }), Encoding.UTF8, "application/json"), "member" },
            { new StringContent(JsonSerializer.Serialize(new { name = "Camille Durand", email = $"referent-{Guid.NewGuid():N}@mairie.test", phone = "02 41 00 00 00" }), Encoding.UTF8, "application/json"), "referent" },
            { new StringContent(JsonSerializer.Serialize(new object[] { new { school = "École Jules-Ferry", uai = "0490001K", accounts = 120 } }), Encoding.UTF8, "application/json"), "needs" },
        };
        Add(form, "deliberation", "délibération 2026_061.pdf", Pdf(DeliberationText(commune)));
        Add(form, "convention", "convention.pdf", convention ?? Pdf($"Convention constitutive du groupement de commandes signée par la commune de {commune}"));
        return form;
    }

    private static void Add(MultipartFormDataContent form, string field, string name, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, field, name);
    }

    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static string Long(DateOnly d) => $"{d.Day} {Months[d.Month - 1]} {d.Year}";

    private static string DeliberationText(string commune)
    {
        var session = Day(-40);
        return $"""
            RÉPUBLIQUE FRANÇAISE
            COMMUNE DE {commune.ToUpperInvariant()}
            EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
            Séance du {Long(session)}
            Date de convocation : {Long(session.AddDays(-10))}
            Conseillers en exercice : 19 — Présents : 15 — Pouvoirs : 2 — Votants : 17
            Délibération n° 2026_061
            Objet : Éducation — adhésion au groupement de commandes pour l'environnement numérique de travail des écoles
            Le conseil municipal, après en avoir délibéré, à l'unanimité,
            décide d'adhérer au groupement de commandes pour l'environnement numérique de travail des écoles
            et autorise le Maire à signer la convention constitutive du groupement.
            Fait et délibéré les jour, mois et an susdits.
            """;
    }

    private static readonly Lock PdfGate = new();

    /// <summary>A one-page PDF of <paramref name="text"/> (PDFsharp 6.2.4, MIT: bench input only).</summary>
    private static byte[] Pdf(string text)
    {
        lock (PdfGate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new FontResolver(SystemFonts.Default);
            }
            using var doc = new PdfDocument();
            var page = doc.AddPage();
            var font = new XFont("Groupement Sans", 10);
            using (var g = XGraphics.FromPdfPage(page))
            {
                var y = 60.0;
                foreach (var line in text.Split('\n'))
                {
                    g.DrawString(line.Trim(), font, XBrushes.Black, new XPoint(50, y));
                    y += 14;
                }
            }
            using var ms = new MemoryStream();
            doc.Save(ms, closeStream: false);
            return ms.ToArray();
        }
    }

    private sealed class FontResolver(FontFaces? faces) : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "b" : "r", false, italic);

        public byte[] GetFont(string faceName) => faceName == "b" ? faces?.Bold ?? FontDataHelper.SegoeWPBold : faces?.Regular ?? FontDataHelper.SegoeWP;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            await _app.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // Abandoned: the process is about to end.
        }
        try { Directory.Delete(_outbox, recursive: true); } catch (IOException) { }
    }
}
