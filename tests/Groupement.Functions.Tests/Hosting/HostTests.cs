using System.Net;
using System.Text.Json;

namespace Groupement.Functions.Tests.Hosting;

public class HostTests(GroupementHost host) : IClassFixture<GroupementHost>
{
    [Fact]
    public async Task Health_is_200_when_storage_answers()
    {
        var r = await host.CreateClient().GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("ok", doc.RootElement.GetProperty("checks").GetProperty("tables").GetString());
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
