using Groupement.Functions.Storage;

namespace Groupement.Functions.Hosting;

/// <summary>Registers the Azure Storage clients built from <c>AzureWebJobsStorage</c> (connection string or managed identity).</summary>
public static class StorageRegistration
{
    /// <summary>
    /// Adds <see cref="StorageClients"/> and its three service clients as singletons, built on first use from the
    /// configuration as it stands after every override (tests, environment).
    /// </summary>
    public static IServiceCollection AddGroupementStorageClients(this IServiceCollection services)
    {
        services.AddSingleton(sp => Create(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Tables);
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Queues);
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Blobs);
        return services;
    }

    /// <summary>Throws <see cref="ConfigurationException"/> when the storage settings cannot make clients.</summary>
    public static void Validate(IConfiguration config) => Create(config);

    private static StorageClients Create(IConfiguration config)
    {
        try
        {
            return StorageClients.FromConfiguration(config);
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException(e.Message);
        }
    }
}
