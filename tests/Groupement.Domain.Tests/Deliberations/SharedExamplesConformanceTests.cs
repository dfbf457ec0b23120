using System.Text.Json;
using System.Text.Json.Nodes;
using Groupement.Domain.Deliberations;
using Xunit.Abstractions;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>The worked examples of ../shared/examples/deliberations (expected.json); reported as skipped when absent.</summary>
public sealed class SharedExamplesConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var dir = SharedFiles.Shared("examples", "deliberations");
        if (dir is null || !File.Exists(Path.Combine(dir, "expected.json")))
        {
            data.Add("(absent)");
            return data;
        }
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")))!;
        foreach (var c in expected["cases"]!.AsArray()) data.Add(c!["file"]!.GetValue<string>());
        return data;
    }

    [SharedFileTheory("examples", "deliberations", "expected.json")]
    [MemberData(nameof(Cases))]
    public void Example_gives_the_expected_facts_and_codes(string file)
    {
        var dir = SharedFiles.Shared("examples", "deliberations")!;
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")))!["cases"]!.AsArray()
            .Single(c => c!["file"]!.GetValue<string>() == file)!;
        var context = ContextFromQuery(expected["query"]?.GetValue<string>() ?? "");
        var text = File.ReadAllText(Path.Combine(dir, file));

        var analysis = DeliberationAnalyzer.Analyze(DeliberationInput.FromText(text, context));
        var json = JsonNode.Parse(analysis.ToJson())!;
        output.WriteLine(analysis.ToJson());

        foreach (var (path, value) in expected["facts"]!.AsObject())
        {
            JsonNode? actual = json["facts"];
            foreach (var part in path.Split('.')) actual = actual?[part];
            Assert.True(JsonNode.DeepEquals(value, actual), $"{file}: facts.{path} expected {value?.ToJsonString()} got {actual?.ToJsonString()}");
        }
        var errors = analysis.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code).Order().ToList();
        var expectedErrors = expected["errors"]!.AsArray().Select(e => e!.GetValue<string>()).Order().ToList();
        Assert.Equal(expectedErrors, errors);
        foreach (var code in expected["mustInclude"]!.AsArray().Select(e => e!.GetValue<string>()))
        {
            Assert.Contains(analysis.Findings, f => f.Code == code);
        }
    }

    internal static DeliberationContext ContextFromQuery(string query)
    {
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));
        return new DeliberationContext
        {
            MemberSiren = pairs.GetValueOrDefault("siren"),
            Population = pairs.TryGetValue("population", out var pop) ? int.Parse(pop, System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }
}
