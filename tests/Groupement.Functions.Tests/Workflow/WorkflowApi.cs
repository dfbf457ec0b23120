using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Groupement.Functions.Tests.Workflow;

/// <summary>A groupement created for a test, with its coordinator key.</summary>
public sealed record TestGroupement(string Id, string Name, string CoordinatorKey, string ReviewerEmail);

/// <summary>What a member sends; <see cref="Files"/> are (field, file name, bytes, content type).</summary>
public sealed record Submission(string Siren, string Commune, string ReferentEmail, string MemberJson, string ReferentJson, string NeedsJson,
    List<(string Field, string FileName, byte[] Bytes, string ContentType)> Files)
{
    public MultipartFormDataContent ToForm()
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(MemberJson, Encoding.UTF8, "application/json"), "member" },
            { new StringContent(ReferentJson, Encoding.UTF8, "application/json"), "referent" },
            { new StringContent(NeedsJson, Encoding.UTF8, "application/json"), "needs" },
        };
        foreach (var (field, name, bytes, type) in Files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(content, field, name);
        }
        return form;
    }
}

/// <summary>The HTTP calls the workflow tests make, over the real host.</summary>
public sealed class WorkflowApi(WorkflowHost host)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public WorkflowHost Host => host;

    public HttpClient As(string? bearer) => host.ClientWith(bearer);

    public async Task<TestGroupement> CreateGroupementAsync(DateOnly? joinDeadline = null, DateOnly? marketStart = null)
    {
        var name = "Groupement de commandes ENT des écoles " + Guid.NewGuid().ToString("N")[..6];
        var reviewer = $"relecteur-{Guid.NewGuid():N}@coordonnateur.test";
        var body = new
        {
            name,
            coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
            joinDeadline = joinDeadline ?? Deliberations.Day(60),
            marketStart = marketStart ?? Deliberations.Day(120),
            firstPeriodMonths = 12, renewals = 2, renewalMonths = 12, withdrawalNoticeMonths = 3,
            reviewers = new[] { reviewer },
            keywords = new[] { "environnement numérique de travail", "ENT" },
        };
        var r = await As(host.AdminKey).PostAsJsonAsync("/api/groupements", body);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var json = await JsonAsync(r);
        return new TestGroupement(json.GetProperty("id").GetString()!, name, json.GetProperty("coordinatorKey").GetString()!, reviewer);
    }

    /// <summary>A complete submission with a délibération made from <paramref name="deliberationText"/> (a clean one by default).</summary>
    public static Submission NewSubmission(string? siren = null, Func<string, string, string>? deliberationText = null, string? commune = null)
    {
        siren ??= Sirens.NewCommune();
        commune ??= "Val-des-Tilleuls-" + siren[^4..];
        var email = $"referent-{Guid.NewGuid():N}@mairie.test";
        var text = deliberationText?.Invoke(commune, siren) ?? Deliberations.CleanText(commune);
        return new Submission(siren, commune, email,
            JsonSerializer.Serialize(new { siren, name = "Commune de " + commune, kind = "commune" }),
            JsonSerializer.Serialize(new { name = "Camille Durand", email, phone = "02 41 00 00 00" }),
            JsonSerializer.Serialize(new object[] { new { school = "École Jules-Ferry", uai = "0490001K", accounts = 120 }, new { school = "École des Tilleuls", accounts = 45 } }),
            [("deliberation", "délibération 2026_061.pdf", Deliberations.Pdf(text), "application/pdf"),
             ("convention", "convention.pdf", Deliberations.Convention(commune), "application/pdf")]);
    }

    public async Task<HttpResponseMessage> PostSubmissionAsync(string gid, Submission s, string? bearer = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/groupements/{gid}/adhesions") { Content = s.ToForm() };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await As(bearer).SendAsync(request);
    }

    /// <summary>Submits and returns (adhesionId, member token).</summary>
    public async Task<(string Aid, string Token)> SubmitAsync(string gid, Submission s, string? bearer = null)
    {
        var r = await PostSubmissionAsync(gid, s, bearer);
        var json = await JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.Accepted, $"{(int)r.StatusCode} {json}");
        return (json.GetProperty("adhesionId").GetString()!, json.GetProperty("accessToken").GetString()!);
    }

    public async Task<JsonElement> GetAdhesionAsync(string aid, string bearer)
    {
        var r = await As(bearer).GetAsync($"/api/adhesions/{aid}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await JsonAsync(r);
    }

    /// <summary>Polls the adhésion until it has <paramref name="status"/> (and <paramref name="also"/> holds).</summary>
    public async Task<JsonElement> WaitForStatusAsync(string aid, string bearer, string status, Func<JsonElement, bool>? also = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetAdhesionAsync(aid, bearer);
            if (last.GetProperty("status").GetString() == status && (also?.Invoke(last) ?? true)) return last;
            await Task.Delay(200);
        }
        throw new TimeoutException($"adhésion {aid} never reached {status}; orchestration: {await InstanceAsync(aid)}; last seen: {last}");
    }

    /// <summary>The adhésion's orchestration as the engine has it, for failure messages.</summary>
    public async Task<string> InstanceAsync(string aid)
    {
        var i = await host.Services.GetRequiredService<Microsoft.DurableTask.Client.DurableTaskClient>().GetInstanceAsync(aid, getInputsAndOutputs: true);
        return i is null ? "none" : $"{i.RuntimeStatus} updated {i.LastUpdatedAt:o} output {i.SerializedOutput} failure {i.FailureDetails?.ErrorMessage}";
    }

    /// <summary>Waits until the adhésion lists a notification of <paramref name="kind"/> sent to <paramref name="to"/>.</summary>
    public Task<JsonElement> WaitForNotificationAsync(string aid, string bearer, string status, string kind, string? to = null) =>
        WaitForStatusAsync(aid, bearer, status, a => Notifications(a).Any(n => n.Kind == kind && (to is null || n.To == to) && n.Status != "pending"));

    public async Task<HttpResponseMessage> PostJsonAsync(string path, string bearer, object body) => await As(bearer).PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> ReviewAsync(string aid, string bearer, string decision, string? comment = null, bool? overrideFindings = null) =>
        PostJsonAsync($"/api/adhesions/{aid}/review", bearer, new { decision, comment, overrideFindings });

    public static IEnumerable<(string Kind, string To, string Status)> Notifications(JsonElement adhesion) =>
        adhesion.GetProperty("notifications").EnumerateArray()
            .Select(n => (n.GetProperty("kind").GetString()!, n.GetProperty("to").GetString()!, n.GetProperty("status").GetString()!));

    public static IEnumerable<(string Event, string By, string? Comment)> History(JsonElement adhesion) =>
        adhesion.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("event").GetString()!, h.GetProperty("by").GetString()!,
                h.TryGetProperty("comment", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null));

    public static IEnumerable<string> FindingCodes(JsonElement adhesion) =>
        adhesion.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!);

    public static IEnumerable<string> ErrorFindings(JsonElement adhesion) =>
        adhesion.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("code").GetString()!);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"{(int)r.StatusCode}: not JSON: {text}");
        }
    }

    /// <summary>Asserts a problem+json answer with <paramref name="status"/> and <paramref name="code"/>; returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage r, int status, string code)
    {
        var json = await JsonAsync(r);
        Assert.True((int)r.StatusCode == status, $"expected {status} {code}, got {(int)r.StatusCode}: {json}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, json.GetProperty("code").GetString());
        return json;
    }
}
