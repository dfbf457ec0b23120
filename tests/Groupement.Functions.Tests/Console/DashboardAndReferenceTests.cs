using System.Net;
using System.Text.Json;
using Groupement.Functions.Tests.Workflow;

namespace Groupement.Functions.Tests.Console;

/// <summary>The dashboard, and the communes and EPCI of a département from the reference data.</summary>
public sealed class DashboardAndReferenceTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    private readonly WorkflowApi _api = new(host);

    [Fact]
    public async Task The_dashboard_shows_counts_calendar_submissions_per_day_and_who_was_invited_but_never_submitted()
    {
        var deadline = Deliberations.Day(45);
        var (g, _) = await ConsoleApi.CreateGroupementAsync(_api, joinDeadline: deadline);
        var submitted = WorkflowApi.NewSubmission();
        var silent = (Siren: Sirens.NewCommune(), Email: $"silence-{Guid.NewGuid():N}@mairie.test");
        var invite = await _api.PostJsonAsync($"/api/groupements/{g.Id}/invitations", g.CoordinatorKey, new object[]
        {
            new { siren = submitted.Siren, name = "Commune de " + submitted.Commune, email = submitted.ReferentEmail },
            new { siren = silent.Siren, name = "Commune du Silence", email = silent.Email },
        });
        Assert.Equal(HttpStatusCode.Accepted, invite.StatusCode);
        await _api.SubmitAsync(g.Id, submitted);

        var d = await ConsoleApi.GetJsonAsync(_api, g.CoordinatorKey, $"/api/groupements/{g.Id}/dashboard");
        Assert.Equal(1, d.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()));
        Assert.Equal(8, d.GetProperty("counts").EnumerateObject().Count());
        Assert.Equal(deadline.ToString("yyyy-MM-dd"), d.GetProperty("joinDeadline").GetString());
        var calendar = d.GetProperty("calendar").EnumerateArray().ToList();
        Assert.Equal(["join-deadline", "market-start", "withdrawal-window-open", "withdrawal-window-close", "first-period-end", "renewal-start", "market-end"],
            calendar.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(calendar, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("label").GetString())));
        var today = Groupement.Domain.Time.Paris.ToCivilDay(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        var day = Assert.Single(d.GetProperty("submissionsPerDay").EnumerateArray());
        Assert.Equal(today, day.GetProperty("date").GetString());
        Assert.Equal(1, day.GetProperty("count").GetInt32());
        var waiting = Assert.Single(d.GetProperty("invitedNotSubmitted").EnumerateArray());
        Assert.Equal(silent.Siren, waiting.GetProperty("siren").GetString());
        Assert.Equal("Commune du Silence", waiting.GetProperty("name").GetString());
        Assert.Equal(silent.Email, waiting.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("lastRemindedAt").ValueKind);

        await WorkflowApi.AssertProblemAsync(await _api.As(null).GetAsync($"/api/groupements/{g.Id}/dashboard"), 401, "UNAUTHORIZED");
        var other = await _api.CreateGroupementAsync();
        await WorkflowApi.AssertProblemAsync(await _api.As(other.CoordinatorKey).GetAsync($"/api/groupements/{g.Id}/dashboard"), 404, "GROUPEMENT_NOT_FOUND");
        host.AssertNoErrors();
    }

    [Fact]
    public async Task The_communes_and_epci_of_a_departement_come_with_their_siren()
    {
        var all = await ConsoleApi.GetJsonAsync(_api, null, "/api/reference/departements/49/collectivites");
        var items = all.EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "commune");
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "epci");
        Assert.All(items, i => Assert.Matches("^[0-9]{9}$", i.GetProperty("siren").GetString()));
        var angers = Assert.Single(items, i => i.TryGetProperty("inseeCode", out var c) && c.GetString() == "49007");
        Assert.Equal("214900078", angers.GetProperty("siren").GetString());
        Assert.Equal("Angers", angers.GetProperty("name").GetString());
        Assert.True(angers.GetProperty("population").GetInt32() > 100_000);

        var communes = await ConsoleApi.GetJsonAsync(_api, null, "/api/reference/departements/49/collectivites?type=commune");
        Assert.All(communes.EnumerateArray(), i => Assert.Equal("commune", i.GetProperty("kind").GetString()));
        var epci = await ConsoleApi.GetJsonAsync(_api, null, "/api/reference/departements/49/collectivites?type=epci");
        Assert.Contains(epci.EnumerateArray(), i => i.GetProperty("name").GetString()!.Contains("Angers", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, epci.EnumerateArray().First().GetProperty("inseeCode").ValueKind);
        var corse = await ConsoleApi.GetJsonAsync(_api, null, "/api/reference/departements/2a/collectivites?type=commune");
        Assert.NotEmpty(corse.EnumerateArray());

        await WorkflowApi.AssertProblemAsync(await _api.As(null).GetAsync("/api/reference/departements/49/collectivites?type=ecole"), 400, "INVALID_TYPE");
        await WorkflowApi.AssertProblemAsync(await _api.As(null).GetAsync("/api/reference/departements/4/collectivites"), 400, "INVALID_DEPARTEMENT");
        await WorkflowApi.AssertProblemAsync(await _api.As(null).GetAsync("/api/reference/departements/99/collectivites"), 404, "DEPARTEMENT_NOT_FOUND");
        host.AssertNoErrors();
    }
}
