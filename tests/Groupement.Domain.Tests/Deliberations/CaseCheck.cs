using System.Text.Json;
using System.Text.Json.Nodes;
using Groupement.Domain.Deliberations;
using Groupement.Domain.Tests.Deliberations.Cases;

namespace Groupement.Domain.Tests.Deliberations;

/// <summary>What an analysis got wrong against a written case: each expected fact, then the exact set of codes.</summary>
internal static class CaseCheck
{
    public static IReadOnlyList<string> Mismatches(DeliberationCase c, DeliberationAnalysis analysis)
    {
        var wrong = new List<string>();
        var json = JsonNode.Parse(analysis.ToJson())!;
        foreach (var (path, expected) in c.Facts)
        {
            JsonNode? actual = json["facts"];
            foreach (var part in path.Split('.')) actual = actual?[part];
            var expectedJson = JsonSerializer.Serialize(expected);
            var actualJson = actual?.ToJsonString() ?? "null";
            if (expectedJson != actualJson) wrong.Add($"{c.Name}: facts.{path} expected {expectedJson}, got {actualJson}");
        }
        var codes = analysis.Findings.Select(f => f.Code).Order().ToList();
        if (!c.Codes.Order().SequenceEqual(codes))
        {
            wrong.Add($"{c.Name}: codes expected [{string.Join(", ", c.Codes.Order())}], got [{string.Join(", ", codes)}]");
        }
        return wrong;
    }
}
