using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Groupement.Functions.Tests.Documents;

namespace Groupement.Functions.Tests.Reminders;

/// <summary>A groupement driven through the HTTP API (admin key), as a coordinator and its members would.</summary>
internal sealed class Scenario(ReminderHost host)
{
    private readonly HttpClient _admin = host.ClientWith(host.AdminKey);

    public string GroupementId { get; private set; } = "";

    public HttpClient Admin => _admin;

    /// <summary>e-primo 2026: deadline 2026-01-24, start 2026-07-19, 24 months renewed once, 2 months' notice.</summary>
    public Task CreateEprimoAsync(string reviewer) => CreateAsync(reviewer, "2026-01-24", "2026-07-19");

    public async Task CreateAsync(string reviewer, string joinDeadline, string marketStart)
    {
        var r = await _admin.PostAsJsonAsync("/api/groupements", new
        {
            name = "e-primo 2026",
            coordinator = new { name = "Région des Pays de la Loire", siren = "234400034", email = "coordination@eprimo.test" },
            joinDeadline, marketStart, firstPeriodMonths = 24, renewals = 1, renewalMonths = 24,
            withdrawalNoticeMonths = 2, reviewers = new[] { reviewer }, keywords = new[] { "e-primo" },
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        GroupementId = (await Json(r)).GetProperty("id").GetString()!;
    }

    public async Task InviteAsync(params (string Siren, string Name, string Email)[] members)
    {
        var r = await _admin.PostAsJsonAsync($"/api/groupements/{GroupementId}/invitations",
            members.Select(m => new { siren = m.Siren, name = m.Name, email = m.Email }).ToList());
        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
    }

    /// <summary>Submits an adhésion (multipart, real PDFs); returns (adhesionId, member token).</summary>
    public async Task<(string Id, string Token)> SubmitAsync(string siren, string name, string referentEmail)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { siren, name, kind = "commune", inseeCode = "44109" })), "member" },
            { new StringContent(JsonSerializer.Serialize(new { name = "Camille Référente", email = referentEmail })), "referent" },
            { new StringContent(JsonSerializer.Serialize(new[] { new { school = "École Jules Verne", accounts = 30 } })), "needs" },
            { Pdf($"Délibération du conseil municipal de {name}"), "deliberation", "deliberation.pdf" },
            { Pdf($"Convention constitutive signée par {name}"), "convention", "convention.pdf" },
        };
        var r = await host.CreateClient().PostAsync($"/api/groupements/{GroupementId}/adhesions", form);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Accepted, body);
        using var doc = JsonDocument.Parse(body);
        return (doc.RootElement.GetProperty("adhesionId").GetString()!, doc.RootElement.GetProperty("accessToken").GetString()!);
    }

    public async Task<HttpResponseMessage> SubmitRawAsync(string siren, string name, string referentEmail)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { siren, name, kind = "commune" })), "member" },
            { new StringContent(JsonSerializer.Serialize(new { name = "Camille", email = referentEmail })), "referent" },
            { new StringContent(JsonSerializer.Serialize(new[] { new { school = "École", accounts = 10 } })), "needs" },
            { Pdf("Délibération"), "deliberation", "deliberation.pdf" },
            { Pdf("Convention"), "convention", "convention.pdf" },
        };
        return await host.CreateClient().PostAsync($"/api/groupements/{GroupementId}/adhesions", form);
    }

    public async Task CommandAsync(string adhesionId, string command, object body, string? bearer = null)
    {
        var client = bearer is null ? _admin : host.ClientWith(bearer);
        var r = await client.PostAsJsonAsync($"/api/adhesions/{adhesionId}/{command}", body);
        Assert.True(r.StatusCode == HttpStatusCode.Accepted, $"{command}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    public async Task<string> StatusAsync(string adhesionId) =>
        (await Json(await _admin.GetAsync($"/api/adhesions/{adhesionId}"))).GetProperty("status").GetString()!;

    /// <summary>Waits (real time, generous) until the adhésion reaches <paramref name="status"/>.</summary>
    public async Task WaitForStatusAsync(string adhesionId, string status)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        string current;
        while ((current = await StatusAsync(adhesionId)) != status)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Adhesion {adhesionId} is {current}, not {status}.");
            await Task.Delay(100);
        }
    }

    /// <summary>submitted → UnderReview → approve (over findings) → AR + publication → Enrolled.</summary>
    public async Task<(string Id, string Token)> EnrollAsync(string siren, string name, string referentEmail, DateOnly decidedOn)
    {
        var (id, token) = await SubmitAsync(siren, name, referentEmail);
        await WaitForStatusAsync(id, "UnderReview");
        await CommandAsync(id, "review", new { decision = "approve", comment = "Dossier conforme après lecture.", overrideFindings = true });
        await WaitForStatusAsync(id, "AwaitingPrefecture");
        await CommandAsync(id, "prefecture-receipt", new { actId = $"044-{siren}-{decidedOn:yyyyMMdd}-2026_011-DE", receivedOn = decidedOn.AddDays(1).ToString("yyyy-MM-dd") });
        await CommandAsync(id, "publication", new { publishedOn = decidedOn.AddDays(1).ToString("yyyy-MM-dd"), mode = "affichage" });
        await WaitForStatusAsync(id, "Enrolled");
        return (id, token);
    }

    public async Task<JsonElement> GroupementAsync() => await Json(await _admin.GetAsync($"/api/groupements/{GroupementId}"));

    public static async Task<JsonElement> Json(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static ByteArrayContent Pdf(string text)
    {
        var c = new ByteArrayContent(TestPdfs.Make(text));
        c.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return c;
    }

    /// <summary>A valid SIREN (Luhn) from 8 digits.</summary>
    public static string Siren(string eightDigits)
    {
        for (var check = 0; check <= 9; check++)
        {
            var candidate = eightDigits + check;
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                var d = candidate[8 - i] - '0';
                if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
                sum += d;
            }
            if (sum % 10 == 0) return candidate;
        }
        throw new InvalidOperationException();
    }
}
