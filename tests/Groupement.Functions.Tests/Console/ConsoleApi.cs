using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Groupement.Functions.Tests.Workflow;

namespace Groupement.Functions.Tests.Console;

/// <summary>Calls of the console tests over the real host (on top of <see cref="WorkflowApi"/>).</summary>
public static class ConsoleApi
{
    /// <summary>Creates a groupement with an optional <c>referencePrefix</c>; returns the created JSON.</summary>
    public static async Task<(TestGroupement Groupement, JsonElement Json)> CreateGroupementAsync(WorkflowApi api, string? name = null, string? referencePrefix = null,
        DateOnly? joinDeadline = null)
    {
        name ??= "Groupement de commandes ENT des écoles " + Guid.NewGuid().ToString("N")[..6];
        var reviewer = $"relecteur-{Guid.NewGuid():N}@coordonnateur.test";
        var r = await api.As(api.Host.AdminKey).PostAsJsonAsync("/api/groupements", new
        {
            name,
            coordinator = new { name = "Rectorat de Nantes", siren = "174400088", email = "coordonnateur@coordonnateur.test" },
            joinDeadline = joinDeadline ?? Deliberations.Day(60),
            marketStart = Deliberations.Day(200),
            firstPeriodMonths = 24, renewals = 1, renewalMonths = 24, withdrawalNoticeMonths = 2,
            reviewers = new[] { reviewer },
            keywords = new[] { "environnement numérique de travail", "ENT" },
            referencePrefix,
        });
        var json = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.Created, json.ToString());
        return (new TestGroupement(json.GetProperty("id").GetString()!, name, json.GetProperty("coordinatorKey").GetString()!, reviewer), json);
    }

    public static async Task<JsonElement> GetJsonAsync(WorkflowApi api, string? bearer, string path)
    {
        var r = await api.As(bearer).GetAsync(path);
        var json = await WorkflowApi.JsonAsync(r);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{path}: {(int)r.StatusCode} {json}");
        return json;
    }
}
