using System.Net;
using System.Text.Json;
using Groupement.LocalHost;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Hosting;

public class HostTests(GroupementHost host) : IClassFixture<GroupementHost>
{
    [Fact]
    public async Task Health_is_200_when_storage_answers()
    {
        var client = host.CreateClient();
        // Readiness waits for the task hub: while the engine creates its tables (a fresh hub, a loaded machine), 503
        // is the right answer, and it must name the task hub, not storage.
        var early = await client.GetAsync("/api/health");
        if (early.StatusCode != HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
            using var problem = JsonDocument.Parse(await early.Content.ReadAsStringAsync());
            Assert.Equal("ok", problem.RootElement.GetProperty("checks").GetProperty("tables").GetString());
            Assert.Equal("unavailable", problem.RootElement.GetProperty("checks").GetProperty("taskHub").GetString());
        }
        await host.Services.GetRequiredService<DurableEngine>().Started.WaitAsync(TimeSpan.FromSeconds(60));

        var r = await client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("ok", doc.RootElement.GetProperty("checks").GetProperty("tables").GetString());
        Assert.Equal("ok", doc.RootElement.GetProperty("checks").GetProperty("taskHub").GetString());
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_with_a_code()
    {
        var r = await host.CreateClient().GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("NOT_FOUND", doc.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Running_a_timer_function_needs_the_admin_key()
    {
        var r = await host.ClientWith("wrong").PostAsync("/admin/functions/DeadlineReminders", null);
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("UNAUTHORIZED", doc.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Running_an_unknown_timer_function_is_404()
    {
        var r = await host.ClientWith(host.AdminKey).PostAsync("/admin/functions/NoSuchFunction", null);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("FUNCTION_NOT_FOUND", doc.RootElement.GetProperty("code").GetString());
    }
}
