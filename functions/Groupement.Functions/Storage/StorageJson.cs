using System.Text.Json;
using System.Text.Json.Serialization;

namespace Groupement.Functions.Storage;

/// <summary>The JSON shape of stored read models: camelCase, enums by name, dates ISO (the HTTP contract's shape).</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
