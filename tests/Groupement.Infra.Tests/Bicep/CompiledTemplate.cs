using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>infra/main.bicep compiled once by `bicep build`, with helpers to reach resources in nested modules.</summary>
internal static partial class CompiledTemplate
{
    private static readonly Lazy<JsonObject> _main = new(() => Build(InfraFiles.MainTemplate));

    public static JsonObject Main => _main.Value;

    public static JsonObject Build(string bicepFile)
    {
        var result = BicepCli.Run("build", bicepFile, "--stdout");
        if (result.ExitCode != 0) throw new InvalidOperationException($"bicep build {bicepFile} failed:\n{result.AllOutput}");
        return JsonNode.Parse(result.StandardOutput)?.AsObject()
            ?? throw new InvalidOperationException("bicep build printed no template.");
    }

    /// <summary>Every resource of the template and of its nested (module) templates.</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(), // languageVersion 2.0 symbolic names
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if ((string?)resource["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
                foreach (var inner in Resources(nested)) yield return inner;
        }
    }

    public static IEnumerable<JsonObject> OfType(string type) =>
        Resources(Main).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject Single(string type) => Assert.Single(OfType(type));

    /// <summary>The module (nested deployment) of main.bicep with that name.</summary>
    public static JsonObject Module(string name) =>
        Assert.Single(Resources(Main), r => (string?)r["type"] == "Microsoft.Resources/deployments" && (string?)r["name"] == name);

    /// <summary>
    /// What an expression of a module stands for, followed through the simple forms only: a parameter of the module
    /// becomes the value main.bicep passes, a parameter of main.bicep its default, a variable its literal value.
    /// Anything else (a function, a module output) is returned as written.
    /// </summary>
    public static JsonNode? Resolve(string module, JsonNode? value)
    {
        for (string? scope = module; value is JsonValue v && v.TryGetValue<string>(out var text);)
        {
            var match = Reference().Match(text);
            if (!match.Success) return value;
            var (kind, name) = (match.Groups[1].Value, match.Groups[2].Value);
            var template = scope is null ? Main : Module(scope)["properties"]!["template"]!.AsObject();
            if (kind == "variables") { value = template["variables"]![name]?.DeepClone(); continue; }
            if (scope is null) return template["parameters"]![name]!["defaultValue"]?.DeepClone();
            value = Module(scope)["properties"]!["parameters"]![name]!["value"]?.DeepClone();
            scope = null;
        }
        return value;
    }

    [GeneratedRegex(@"^\[(parameters|variables)\('(\w+)'\)\]$")]
    private static partial Regex Reference();
}
