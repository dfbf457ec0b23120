using Microsoft.Extensions.Configuration;

namespace Groupement.Infra.Tests.Storage;

internal static class Settings
{
    /// <summary>A configuration from key/value pairs written as environment variables are (<c>__</c> for <c>:</c>).</summary>
    public static IConfiguration From(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key.Replace("__", ":"), p.Value)))
            .Build();
}
