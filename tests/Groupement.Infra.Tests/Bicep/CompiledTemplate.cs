using System.Text.Json.Nodes;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>infra/main.bicep compiled once by `bicep build`, with helpers to reach resources in nested modules.</summary>
internal static class CompiledTemplate
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
}
