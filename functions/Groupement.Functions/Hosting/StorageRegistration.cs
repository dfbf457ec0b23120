using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Groupement.Functions.Hosting;

/// <summary>Registers the Azure Storage clients built from <c>AzureWebJobsStorage</c>.</summary>
public static class StorageRegistration
{
    /// <summary>Adds TableServiceClient, QueueServiceClient and BlobServiceClient singletons (built on first use).</summary>
    public static IServiceCollection AddGroupementStorageClients(this IServiceCollection services)
    {
        services.AddSingleton(sp => Create(sp, cs => new TableServiceClient(cs)));
        services.AddSingleton(sp => Create(sp, cs => new QueueServiceClient(cs)));
        services.AddSingleton(sp => Create(sp, cs => new BlobServiceClient(cs)));
        return services;
    }

    /// <summary>Throws <see cref="ConfigurationException"/> when the storage settings cannot make clients.</summary>
    public static void Validate(IConfiguration config) => Create(config, cs => new TableServiceClient(cs));

    private static T Create<T>(IServiceProvider sp, Func<string, T> factory) => Create(sp.GetRequiredService<IConfiguration>(), factory);

    private static T Create<T>(IConfiguration config, Func<string, T> factory)
    {
        var cs = config["AzureWebJobsStorage"];
        if (string.IsNullOrWhiteSpace(cs))
            throw new ConfigurationException("Configuration: AzureWebJobsStorage is missing: set a storage connection string (UseDevelopmentStorage=true for Azurite).");
        try
        {
            return factory(cs);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new ConfigurationException("Configuration: AzureWebJobsStorage is not a valid storage connection string.");
        }
    }
}
