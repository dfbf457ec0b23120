using System.Text.Json;
using System.Text.Json.Serialization;

namespace Groupement.Durable;

/// <summary>Serializes inputs, outputs, events and custom status (as Microsoft.DurableTask's DataConverter).</summary>
public abstract class DataConverter
{
    /// <summary>The converter used when none is configured: System.Text.Json, camelCase, enums as strings.</summary>
    public static DataConverter Default { get; } = new JsonDataConverter();

    /// <summary>Serializes a value; null stays null.</summary>
    public abstract string? Serialize(object? value);

    /// <summary>Deserializes a value; null or empty gives the default of the type.</summary>
    public abstract object? Deserialize(string? data, Type targetType);

    /// <summary>Deserializes a value to <typeparamref name="T"/>.</summary>
    public T? Deserialize<T>(string? data) => (T?)Deserialize(data, typeof(T));
}

/// <summary>The default JSON converter.</summary>
public sealed class JsonDataConverter(JsonSerializerOptions? options = null) : DataConverter
{
    private readonly JsonSerializerOptions _options = options ?? CreateOptions();

    /// <summary>The default options: web defaults (camelCase) and string enums.</summary>
    public static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        o.Converters.Add(new JsonStringEnumConverter());
        return o;
    }

    /// <inheritdoc />
    public override string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), _options);

    /// <inheritdoc />
    public override object? Deserialize(string? data, Type targetType) =>
        string.IsNullOrEmpty(data) ? (targetType.IsValueType ? Activator.CreateInstance(targetType) : null)
        : JsonSerializer.Deserialize(data, targetType, _options);
}
