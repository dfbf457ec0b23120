using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Groupement.Functions.Storage;

/// <summary>
/// The three service clients of the storage account the host uses (tables, queues, blobs), built from the
/// Azure Functions style settings: a connection string in <c>AzureWebJobsStorage</c> (Azurite locally), or
/// identity-based settings <c>AzureWebJobsStorage__accountName</c> / <c>__blobServiceUri</c>,
/// <c>__queueServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c> (Azure).
/// </summary>
/// <param name="Tables">The table service client.</param>
/// <param name="Queues">The queue service client.</param>
/// <param name="Blobs">The blob service client.</param>
/// <param name="Credential">The Microsoft Entra credential in the identity-based mode; null with a connection string.</param>
public sealed record StorageClients(
    TableServiceClient Tables,
    QueueServiceClient Queues,
    BlobServiceClient Blobs,
    TokenCredential? Credential)
{
    /// <summary>The configuration name the Azure Functions host uses for its storage account.</summary>
    public const string DefaultName = "AzureWebJobsStorage";

    /// <summary>True when the clients authenticate with a Microsoft Entra identity rather than a connection string.</summary>
    public bool UsesIdentity => Credential is not null;

    /// <summary>
    /// Builds the clients from configuration. Throws <see cref="InvalidOperationException"/> with one line naming the
    /// faulty key when the settings are missing or malformed; the message never contains a setting's value.
    /// </summary>
    /// <param name="config">The configuration (environment variables use <c>__</c> for <c>:</c>).</param>
    /// <param name="name">The connection name; <c>AzureWebJobsStorage</c> unless another account is meant.</param>
    public static StorageClients FromConfiguration(IConfiguration config, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var connectionString = config[name];
        if (!string.IsNullOrWhiteSpace(connectionString)) return FromConnectionString(connectionString, name);
        var section = config.GetSection(name);
        if (StorageClientsFactory.HasIdentitySettings(section)) return StorageClientsFactory.FromIdentitySettings(section, name);
        throw new InvalidOperationException(
            $"Configuration: {name} is missing: set a connection string ('UseDevelopmentStorage=true' for Azurite) " +
            $"or {name}__accountName / {name}__blobServiceUri, __queueServiceUri and __tableServiceUri.");
    }

    /// <summary>Builds the clients from a storage connection string (<c>UseDevelopmentStorage=true</c> for Azurite).</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="name">The setting it came from, named in error messages.</param>
    public static StorageClients FromConnectionString(string connectionString, string name = DefaultName) =>
        StorageClientsFactory.FromConnectionString(connectionString, name);

    /// <summary>A one-line description safe to log: the mode and the endpoints, without keys or SAS tokens.</summary>
    public string Describe() =>
        $"{(UsesIdentity ? $"identity ({Credential!.GetType().Name})" : "connection string")}: " +
        $"blob {Clean(Blobs.Uri)}, queue {Clean(Queues.Uri)}, table {Clean(Tables.Uri)}";

    private static string Clean(Uri uri) => uri.GetLeftPart(UriPartial.Path);
}
