using System.Text.Json;

namespace Groupement.Functions.Hosting;

/// <summary>
/// Reads the <c>Values</c> of an Azure Functions <c>local.settings.json</c> as configuration (<c>__</c> becomes <c>:</c>),
/// so the same file drives this host and a Functions host. Environment variables added after it override it.
/// </summary>
public static class LocalSettingsConfigurationExtensions
{
    /// <summary>The file name, as Azure Functions Core Tools use it.</summary>
    public const string FileName = "local.settings.json";

    /// <summary>
    /// Adds the Values of the first local.settings.json found in <paramref name="directories"/>, if any, as the
    /// lowest-priority source: environment variables, the command line and test settings all override it.
    /// </summary>
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, params string[] directories)
    {
        var path = directories.Select(d => Path.Combine(d, FileName)).FirstOrDefault(File.Exists);
        if (path is not null)
            builder.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = Read(path) });
        return builder;
    }

    /// <summary>The content root, then its parents up to the repository root (where ./run.sh keeps the file).</summary>
    public static string[] SearchPath(string contentRoot)
    {
        var dirs = new List<string>();
        for (var d = new DirectoryInfo(contentRoot); d is not null && dirs.Count < 4; d = d.Parent) dirs.Add(d.FullName);
        return [.. dirs];
    }

    /// <summary>The Values of a local.settings.json file, with keys in configuration form.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Read(string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{FileName} is not valid JSON ({e.Message}).");
        }
        using (doc)
        {
            var result = new List<KeyValuePair<string, string?>>();
            if (doc.RootElement.TryGetProperty("Values", out var values) && values.ValueKind == JsonValueKind.Object)
                foreach (var p in values.EnumerateObject())
                    result.Add(new(p.Name.Replace("__", ":"), p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()));
            if (doc.RootElement.TryGetProperty("Host", out var host) && host.TryGetProperty("LocalHttpPort", out var port))
                result.Add(new("Host:LocalHttpPort", port.GetRawText()));
            return result;
        }
    }
}
