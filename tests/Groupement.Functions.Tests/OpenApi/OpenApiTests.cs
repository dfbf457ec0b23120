using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Groupement.Functions.Http.OpenApi;
using Groupement.Functions.Tests.Hosting;

namespace Groupement.Functions.Tests.OpenApi;

/// <summary>The OpenAPI document, generated from the functions, against DESIGN §4 and docs/groupement.http.</summary>
public sealed partial class OpenApiTests(GroupementHost host) : IClassFixture<GroupementHost>
{
    private static HashSet<(string Method, string Shape)> Documented(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (m.Name.ToUpperInvariant(), ContractRoutes.Shape(p.Name))))
            .ToHashSet();

    private async Task<JsonElement> ServedAsync()
    {
        using var r = await host.CreateClient().GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_local_host_serves_the_document_generated_from_the_functions()
    {
        var served = await ServedAsync();

        Assert.Equal("3.1.0", served.GetProperty("openapi").GetString());
        Assert.Equal(JsonDocument.Parse(OpenApiDocument.Json).RootElement.GetRawText(), served.GetRawText());
        Assert.Contains(("GET", "/api/openapi.json"), Documented(served));
    }

    [Fact]
    public async Task Every_route_of_the_contract_is_documented()
    {
        var (source, routes) = ContractRoutes.Load();
        var documented = Documented(await ServedAsync());

        Assert.True(routes.Count >= 20, $"only {routes.Count} routes read from {source}");
        var missing = routes.Where(r => !documented.Contains((r.Method, ContractRoutes.Shape(r.Path)))).ToList();
        Assert.True(missing.Count == 0, $"Routes of DESIGN §4 ({source}) missing from /api/openapi.json: "
            + string.Join(", ", missing.Select(m => $"{m.Method} {m.Path}")));
    }

    [Fact]
    public async Task Every_request_of_docs_groupement_http_is_a_documented_path_and_method()
    {
        var file = Path.Combine(RepoRoot(), "docs", "groupement.http");
        var requests = File.ReadAllLines(file).Select(l => RequestLine().Match(l)).Where(m => m.Success)
            .Select(m => (Method: m.Groups[1].Value, Path: m.Groups[2].Value))
            // The pages (/adhesion, /suivi/…, /coordination) are static files of web/, not operations of the API.
            .Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal) || r.Path.StartsWith("/admin/", StringComparison.Ordinal)).ToList();
        var documented = Documented(await ServedAsync());

        Assert.True(requests.Count >= 20, $"only {requests.Count} API requests read from docs/groupement.http");
        var unknown = requests.Where(r => !documented.Any(d => d.Method == r.Method && ContractRoutes.Fits(d.Shape, r.Path))).ToList();
        Assert.True(unknown.Count == 0, "Requests of docs/groupement.http not in /api/openapi.json: "
            + string.Join(", ", unknown.Select(u => $"{u.Method} {u.Path}")));
    }

    [Fact]
    public async Task Every_operation_answers_errors_as_problem_json_and_has_an_operation_id()
    {
        var document = await ServedAsync();
        var problem = document.GetProperty("components").GetProperty("schemas").GetProperty("Problem");
        Assert.Contains("code", problem.GetProperty("required").EnumerateArray().Select(e => e.GetString()));

        var ids = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var op in path.Value.EnumerateObject())
        {
            ids.Add(op.Value.GetProperty("operationId").GetString()!);
            var error = op.Value.GetProperty("responses").GetProperty("4XX").GetProperty("content").GetProperty("application/problem+json");
            Assert.Equal("#/components/schemas/Problem", error.GetProperty("schema").GetProperty("$ref").GetString());
            foreach (Match p in Regex.Matches(path.Name, @"\{([^}]+)\}"))
                Assert.Contains(op.Value.GetProperty("parameters").EnumerateArray(), e => e.GetProperty("name").GetString() == p.Groups[1].Value);
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_design_tables_parse_into_routes_including_the_implicit_ones()
    {
        const string design = """
            ## 4. HTTP contract (v1)
            | route | who | what |
            |---|---|---|
            | `GET /api/groupements/{gid}/adhesions?status=` | coordinator | list |
            | `GET /api/groupements/{gid}/members.csv` | coordinator | enrolled members (also `.xlsx`) |
            | `POST /api/groupements/{gid}/staff` | admin | → 201; `GET` lists them; `DELETE /api/groupements/{gid}/staff/{id}` removes one |
            ## 5. Configuration
            | `GET /not/a/route` | | |
            """;

        Assert.Equal(
            [("GET", "/api/groupements/{gid}/adhesions"), ("GET", "/api/groupements/{gid}/members.csv"), ("GET", "/api/groupements/{gid}/members.xlsx"),
             ("POST", "/api/groupements/{gid}/staff"), ("DELETE", "/api/groupements/{gid}/staff/{id}"), ("GET", "/api/groupements/{gid}/staff")],
            ContractRoutes.Parse(design.ReplaceLineEndings("\n")));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupementFunctions.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    // "GET {{base}}/api/adhesions/{{aid}}" → ("GET", "/api/adhesions/{{aid}}")
    [GeneratedRegex(@"^(GET|POST|PUT|PATCH|DELETE)\s+(?:\{\{base\}\}|https?://[^/\s]+)(/\S*)")]
    private static partial Regex RequestLine();
}
