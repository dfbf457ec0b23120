using Groupement.Domain.Adhesions;
using Groupement.Functions.Storage;
using Groupement.Functions.Tests.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Console;

/// <summary>The console's list over 1,500 dossiers: tabs, filters, search, sort, continuation tokens, bad parameters.</summary>
public sealed class AdhesionListTests(AdhesionListTests.Seeded seeded) : IClassFixture<AdhesionListTests.Seeded>
{
    public const int Dossiers = 1_500;

    /// <summary>A host and one groupement with 1,500 adhésions written through the store (the read model and its summaries).</summary>
    public sealed class Seeded : WorkflowHost, IAsyncLifetime
    {
        public TestGroupement Groupement { get; private set; } = null!;
        public WorkflowApi Api => new(this);

        public async Task InitializeAsync()
        {
            (Groupement, _) = await ConsoleApi.CreateGroupementAsync(Api, referencePrefix: "TEST");
            var store = Services.GetRequiredService<AdhesionStore>();
            var statuses = Enum.GetValues<AdhesionStatus>();
            await Parallel.ForEachAsync(Enumerable.Range(0, Dossiers), new ParallelOptions { MaxDegreeOfParallelism = 24 }, async (i, ct) =>
            {
                var epci = i % 10 == 9;
                var dep = i % 3 == 0 ? "44" : "49";
                var name = i == 7 ? "Commune d'Écouflant" : epci ? $"Communauté de communes n° {i:D4}" : $"Commune de Test-{i:D4}";
                var member = new Member(Sirens.WithKey("21" + i.ToString("D6")), name, epci ? "epci" : "commune", epci ? null : $"{dep}{i % 1000:D3}");
                List<FindingView> findings = [];
                if (i % 7 == 0) findings.Add(new FindingView("QUORUM_NOT_MET", FindingView.Error, "Quorum non atteint."));
                if (i % 5 == 0) findings.Add(new FindingView("COUNTS_MISSING", FindingView.Warning, "Décompte absent."));
                var view = new AdhesionView($"seed{i:D4}{Guid.NewGuid():N}"[..32], Groupement.Id, member, new Referent("Camille", $"r{i}@mairie.test"),
                    [new Need("École", null, 10)], statuses[i % statuses.Length], findings, [], null, null, null, null, [], [])
                {
                    Reference = i == 1 ? null : $"TEST-2026-{i + 1:D4}",
                };
                await store.CreateAsync(view, null, [new HistoryView(DateTimeOffset.UtcNow, "submitted", "member")], ct);
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private WorkflowApi Api => seeded.Api;
    private string Gid => seeded.Groupement.Id;
    private string Key => seeded.Groupement.CoordinatorKey;

    private Task<System.Text.Json.JsonElement> ListAsync(string query) => ConsoleApi.GetJsonAsync(Api, Key, $"/api/groupements/{Gid}/adhesions{query}");

    [Fact]
    public async Task Every_dossier_is_listed_once_across_pages_in_the_order_asked()
    {
        var ids = new List<string>();
        var names = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await ListAsync($"?sort=name&pageSize=200{(token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token))}");
            pages++;
            Assert.Equal(Dossiers, page.GetProperty("total").GetInt32());
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(items.Count, page.GetProperty("count").GetInt32());
            ids.AddRange(items.Select(i => i.GetProperty("id").GetString()!));
            names.AddRange(items.Select(i => i.GetProperty("member").GetProperty("name").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        Assert.Equal(8, pages);
        Assert.Equal(Dossiers, ids.Distinct().Count());
        var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace);
        Assert.Equal(names.Order(french), names);
    }

    [Fact]
    public async Task The_first_page_has_fifty_items_counts_by_status_and_the_shape_of_an_item()
    {
        var page = await ListAsync("");
        Assert.Equal(Gid, page.GetProperty("groupementId").GetString());
        Assert.Equal(50, page.GetProperty("count").GetInt32());
        var counts = page.GetProperty("counts");
        Assert.Equal(Dossiers, Enum.GetNames<AdhesionStatus>().Sum(s => counts.GetProperty(s).GetInt32()));
        Assert.Equal(Dossiers / 8 + (Dossiers % 8 > 0 ? 1 : 0), counts.GetProperty("Submitted").GetInt32());
        var item = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("member").GetProperty("kind").GetString() == "commune"
            && i.GetProperty("reference").ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.Matches("^TEST-2026-\\d{4}$", item.GetProperty("reference").GetString());
        Assert.Equal(9, item.GetProperty("member").GetProperty("siren").GetString()!.Length);
        Assert.Equal(item.GetProperty("member").GetProperty("inseeCode").GetString()![..2], item.GetProperty("departement").GetString());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("statusLabel").GetString()));
        Assert.True(item.TryGetProperty("submittedAt", out _) && item.TryGetProperty("updatedAt", out _));
        Assert.True(item.GetProperty("errors").GetInt32() >= 0 && item.GetProperty("warnings").GetInt32() >= 0);
    }

    [Fact]
    public async Task Filters_combine_and_tabs_count_what_the_other_filters_keep()
    {
        var errors = await ListAsync("?findings=error&pageSize=200");
        Assert.Equal(Enumerable.Range(0, Dossiers).Count(i => i % 7 == 0), errors.GetProperty("total").GetInt32());
        Assert.All(errors.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("errors").GetInt32() > 0));

        var tab = await ListAsync("?status=UnderReview&findings=warning&kind=commune&departement=44&pageSize=200");
        var expected = Enumerable.Range(0, Dossiers).Count(i => i % 8 == 1 && i % 5 == 0 && i % 10 != 9 && i % 3 == 0);
        Assert.Equal(expected, tab.GetProperty("total").GetInt32());
        Assert.All(tab.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("UnderReview", i.GetProperty("status").GetString());
            Assert.Equal("44", i.GetProperty("departement").GetString());
        });
        var allStatuses = Enumerable.Range(0, Dossiers).Count(i => i % 5 == 0 && i % 10 != 9 && i % 3 == 0);
        var counts = tab.GetProperty("counts");
        Assert.Equal(allStatuses, Enum.GetNames<AdhesionStatus>().Sum(s => counts.GetProperty(s).GetInt32()));

        var several = await ListAsync("?status=Submitted,UnderReview&pageSize=1");
        Assert.Equal(Enumerable.Range(0, Dossiers).Count(i => i % 8 is 0 or 1), several.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_matches_name_without_accents_siren_insee_code_and_reference()
    {
        var byName = await ListAsync("?q=ecouflant");
        Assert.Equal("Commune d'Écouflant", Assert.Single(byName.GetProperty("items").EnumerateArray()).GetProperty("member").GetProperty("name").GetString());
        var siren = Sirens.WithKey("21" + 42.ToString("D6"));
        var bySiren = await ListAsync($"?q={siren[..3]}%20{siren[3..6]}%20{siren[6..]}");
        Assert.Equal(siren, Assert.Single(bySiren.GetProperty("items").EnumerateArray()).GetProperty("member").GetProperty("siren").GetString());
        var byReference = await ListAsync("?q=test-2026-0043");
        Assert.Equal("TEST-2026-0043", Assert.Single(byReference.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());
        var byInsee = await ListAsync("?q=49004");
        Assert.Contains(byInsee.GetProperty("items").EnumerateArray(), i => i.GetProperty("member").GetProperty("inseeCode").GetString() == "49004");
    }

    [Fact]
    public async Task Sorting_by_reference_puts_the_dossier_without_a_number_last_and_shows_it_as_null()
    {
        string? token = null;
        System.Text.Json.JsonElement last = default;
        do
        {
            last = await ListAsync($"?sort=reference&pageSize=200{(token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token))}");
            token = last.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        var final = last.GetProperty("items").EnumerateArray().Last();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, final.GetProperty("reference").ValueKind);
        var first = (await ListAsync("?sort=reference&pageSize=2")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).ToList();
        Assert.Equal(["TEST-2026-0001", "TEST-2026-0003"], first);
        var newest = await ListAsync("?sort=-submittedAt&pageSize=1");
        Assert.Equal(1, newest.GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("?status=Inconnu", "INVALID_STATUS", "status")]
    [InlineData("?status=3", "INVALID_STATUS", "status")]
    [InlineData("?sort=siren", "INVALID_SORT", "sort")]
    [InlineData("?pageSize=0", "INVALID_PAGE_SIZE", "pageSize")]
    [InlineData("?pageSize=201", "INVALID_PAGE_SIZE", "pageSize")]
    [InlineData("?pageSize=dix", "INVALID_PAGE_SIZE", "pageSize")]
    [InlineData("?findings=info", "INVALID_FINDINGS", "findings")]
    [InlineData("?kind=mairie", "INVALID_KIND", "kind")]
    [InlineData("?departement=100", "INVALID_DEPARTEMENT", "departement")]
    [InlineData("?continuationToken=abc", "INVALID_CONTINUATION_TOKEN", "continuationToken")]
    public async Task A_bad_parameter_is_a_field_error(string query, string code, string field)
    {
        var problem = await WorkflowApi.AssertProblemAsync(await Api.As(Key).GetAsync($"/api/groupements/{Gid}/adhesions{query}"), 400, code);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_continuation_token_edited_or_from_another_query_is_refused()
    {
        var token = (await ListAsync("?sort=name&pageSize=10")).GetProperty("continuationToken").GetString()!;
        var other = await Api.As(Key).GetAsync($"/api/groupements/{Gid}/adhesions?sort=-name&pageSize=10&continuationToken={Uri.EscapeDataString(token)}");
        await WorkflowApi.AssertProblemAsync(other, 400, "INVALID_CONTINUATION_TOKEN");
        var tampered = (token[0] == 'A' ? 'B' : 'A') + token[1..];
        var edited = await Api.As(Key).GetAsync($"/api/groupements/{Gid}/adhesions?sort=name&pageSize=10&continuationToken={Uri.EscapeDataString(tampered)}");
        await WorkflowApi.AssertProblemAsync(edited, 400, "INVALID_CONTINUATION_TOKEN");
        var second = await ListAsync($"?sort=name&pageSize=10&continuationToken={Uri.EscapeDataString(token)}");
        Assert.Equal(10, second.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Api_answers_are_never_kept_by_a_browser_or_a_proxy()
    {
        using var list = await Api.As(Key).GetAsync($"/api/groupements/{Gid}/adhesions?pageSize=1");
        Assert.Equal(System.Net.HttpStatusCode.OK, list.StatusCode);
        Assert.True(list.Headers.CacheControl?.NoStore, $"Cache-Control: {list.Headers.CacheControl}");
        using var groupement = await Api.As(Key).GetAsync($"/api/groupements/{Gid}");
        Assert.True(groupement.Headers.CacheControl?.NoStore, $"Cache-Control: {groupement.Headers.CacheControl}");
    }

    [Fact]
    public async Task Only_the_coordinator_lists()
    {
        await WorkflowApi.AssertProblemAsync(await Api.As(null).GetAsync($"/api/groupements/{Gid}/adhesions"), 401, "UNAUTHORIZED");
        await WorkflowApi.AssertProblemAsync(await Api.As("pas-une-cle").GetAsync($"/api/groupements/{Gid}/adhesions"), 404, "GROUPEMENT_NOT_FOUND");
    }
}
