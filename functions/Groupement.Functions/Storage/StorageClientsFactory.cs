using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Storage;

/// <summary>
/// Builds <see cref="StorageClients"/> from settings and registers them. Error messages name the key and never
/// echo a value (a connection string holds an account key; a pasted URI may hold a SAS token).
/// </summary>
public static class StorageClientsFactory
{
    private static readonly string[] IdentityKeys = ["accountName", "blobServiceUri", "queueServiceUri", "tableServiceUri"];

    /// <summary>
    /// Reads the storage settings now (so a bad configuration stops the host at start-up with one clear line) and
    /// registers <see cref="StorageClients"/> and its three service clients as singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="config">The configuration.</param>
    /// <param name="name">The connection name, <c>AzureWebJobsStorage</c> by default.</param>
    public static IServiceCollection AddStorageClients(
        this IServiceCollection services, IConfiguration config, string name = StorageClients.DefaultName)
    {
        var clients = StorageClients.FromConfiguration(config, name);
        services.AddSingleton(clients);
        services.AddSingleton(clients.Tables);
        services.AddSingleton(clients.Queues);
        services.AddSingleton(clients.Blobs);
        return services;
    }

    internal static bool HasIdentitySettings(IConfigurationSection section) =>
        IdentityKeys.Any(k => !string.IsNullOrWhiteSpace(section[k]));

    internal static StorageClients FromConnectionString(string connectionString, string name)
    {
        var malformed = $"Configuration: {name} is not a valid storage connection string: expected " +
            "'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…' (or endpoints with a SharedAccessSignature).";
        if (!LooksLikeConnectionString(connectionString)) throw new InvalidOperationException(malformed);
        try
        {
            return new StorageClients(
                new TableServiceClient(connectionString, StorageClientOptions.Tables()),
                new QueueServiceClient(connectionString, StorageClientOptions.Queues()),
                new BlobServiceClient(connectionString, StorageClientOptions.Blobs()),
                Credential: null);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            // The SDK's own message may quote part of the string; ours does not, and no inner exception carries it.
            throw new InvalidOperationException(malformed);
        }
    }

    internal static StorageClients FromIdentitySettings(IConfigurationSection section, string name)
    {
        var account = section["accountName"]?.Trim();
        if (!string.IsNullOrEmpty(account) && !IsAccountName(account))
            throw new InvalidOperationException(
                $"Configuration: {name}__accountName is not a storage account name (3 to 24 lowercase letters and digits).");
        var blob = ServiceUri(section, name, "blobServiceUri", account, "blob");
        var queue = ServiceUri(section, name, "queueServiceUri", account, "queue");
        var table = ServiceUri(section, name, "tableServiceUri", account, "table");
        var credential = Credential(section, name);
        return new StorageClients(
            new TableServiceClient(table, credential, StorageClientOptions.Tables()),
            new QueueServiceClient(queue, credential, StorageClientOptions.Queues()),
            new BlobServiceClient(blob, credential, StorageClientOptions.Blobs()),
            credential);
    }

    private static Uri ServiceUri(IConfigurationSection section, string name, string key, string? account, string service)
    {
        var text = section[key]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (string.IsNullOrEmpty(account))
                throw new InvalidOperationException(
                    $"Configuration: {name}__{key} is missing: with identity-based storage set {name}__accountName, " +
                    $"or all of {name}__blobServiceUri, __queueServiceUri and __tableServiceUri.");
            return new Uri($"https://{account}.{service}.core.windows.net");
        }
        // Bearer tokens are only sent over TLS, and a SAS in the query would bypass the identity.
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Query.Length > 0)
            throw new InvalidOperationException(
                $"Configuration: {name}__{key} must be an absolute https URI without a query, e.g. https://<account>.{service}.core.windows.net.");
        return uri;
    }

    private static TokenCredential Credential(IConfigurationSection section, string name)
    {
        var kind = section["credential"]?.Trim();
        var clientId = section["clientId"]?.Trim();
        if (!string.IsNullOrEmpty(clientId) && !Guid.TryParse(clientId, out _))
            throw new InvalidOperationException($"Configuration: {name}__clientId must be the client id (a GUID) of a managed identity.");
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
            return new ManagedIdentityCredential(string.IsNullOrEmpty(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        if (!string.IsNullOrEmpty(kind))
            throw new InvalidOperationException(
                $"Configuration: {name}__credential must be 'managedidentity' or unset (unset uses DefaultAzureCredential).");
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static bool LooksLikeConnectionString(string text)
    {
        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts.All(p => p.IndexOf('=') > 0);
    }

    private static bool IsAccountName(string account) =>
        account.Length is >= 3 and <= 24 && account.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));
}
