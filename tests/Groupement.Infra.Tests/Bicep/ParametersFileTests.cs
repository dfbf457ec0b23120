using System.Text.Json.Nodes;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>infra/main.parameters.json against the parameters the compiled main template declares.</summary>
public sealed class ParametersFileTests
{
    private static readonly JsonObject FileParameters =
        JsonNode.Parse(File.ReadAllText(InfraFiles.Parameters))!["parameters"]!.AsObject();

    private static JsonObject TemplateParameters => CompiledTemplate.Main["parameters"]!.AsObject();

    [Fact]
    public void The_file_is_an_arm_parameters_document()
    {
        var document = JsonNode.Parse(File.ReadAllText(InfraFiles.Parameters))!;

        Assert.Contains("deploymentParameters.json", (string?)document["$schema"]);
        Assert.Equal("1.0.0.0", (string?)document["contentVersion"]);
        Assert.All(FileParameters, p => Assert.True(p.Value is JsonObject o && o.ContainsKey("value"), $"{p.Key} has no value"));
    }

    [Fact]
    public void Every_parameter_in_the_file_is_declared_by_the_template()
    {
        Assert.Empty(FileParameters.Select(p => p.Key).Except(TemplateParameters.Select(p => p.Key)));
    }

    [Fact]
    public void Every_required_parameter_is_in_the_file_except_secrets()
    {
        var required = TemplateParameters.Where(p => !p.Value!.AsObject().ContainsKey("defaultValue")).Select(p => p.Key);

        Assert.Empty(required.Except(FileParameters.Select(p => p.Key)));
    }

    [Fact]
    public void No_secret_is_written_in_the_file()
    {
        var secure = TemplateParameters.Where(p => ((string?)p.Value!["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true)
            .Select(p => p.Key).ToList();

        Assert.Equal(["adminKey", "sendGridApiKey"], secure.Order());
        Assert.Empty(secure.Intersect(FileParameters.Select(p => p.Key)));
    }

    [Fact]
    public void Each_value_has_the_declared_type_and_respects_its_constraints()
    {
        foreach (var (name, node) in FileParameters)
        {
            var declared = TemplateParameters[name]!.AsObject();
            var value = node!["value"];
            var type = ((string)declared["type"]!).ToLowerInvariant();
            var kind = value?.GetValueKind();
            Assert.True(type switch
            {
                "string" => kind == System.Text.Json.JsonValueKind.String,
                "int" => kind == System.Text.Json.JsonValueKind.Number,
                "bool" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
                "object" => kind == System.Text.Json.JsonValueKind.Object,
                "array" => kind == System.Text.Json.JsonValueKind.Array,
                _ => false,
            }, $"{name}: {kind} given for a {type} parameter");
            if (declared["allowedValues"] is JsonArray allowed)
                Assert.True(allowed.Any(a => JsonNode.DeepEquals(a, value)), $"{name}: value not among the allowed values");
            if (declared["minValue"] is JsonNode min) Assert.True((int)value! >= (int)min, $"{name} below its minimum");
            if (declared["maxValue"] is JsonNode max) Assert.True((int)value! <= (int)max, $"{name} above its maximum");
            if (declared["minLength"] is JsonNode minLength) Assert.True(((string)value!).Length >= (int)minLength, $"{name} too short");
            if (declared["maxLength"] is JsonNode maxLength) Assert.True(((string)value!).Length <= (int)maxLength, $"{name} too long");
        }
    }
}
