using Groupement.Durable.AzureStorage.Client;
using Groupement.Durable.AzureStorage.Storage;
using Groupement.Durable.AzureStorage.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Groupement.Durable.AzureStorage;

/// <summary>Registration of the durable runtime over Azure Storage.</summary>
public static class DurableServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime: <see cref="DurableTaskClient"/> (singleton, usable without the worker),
    /// <see cref="IDurableStorageHealth"/>, and the worker as an <see cref="IHostedService"/> (unless
    /// <see cref="AzureStorageDurableOptions.EnableWorker"/> is false). The clock is the <see cref="TimeProvider"/>
    /// registered in DI, or the system clock.
    /// </summary>
    public static IServiceCollection AddDurableTaskAzureStorage(this IServiceCollection services, Action<AzureStorageDurableOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AzureStorageDurableOptions>().Configure(configure);
        services.AddOptions<DurableTaskRegistry>();
        services.TryAddSingleton<WorkSignal>();
        services.TryAddSingleton(sp => new TaskHubStorage(sp.GetRequiredService<IOptions<AzureStorageDurableOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<DurableTaskClient>(sp => new AzureStorageDurableTaskClient(sp.GetRequiredService<TaskHubStorage>(),
            sp.GetRequiredService<IOptions<DurableTaskRegistry>>(), sp.GetRequiredService<WorkSignal>()));
        services.TryAddSingleton<IDurableStorageHealth>(sp => new DurableStorageHealth(sp.GetRequiredService<TaskHubStorage>()));
        services.TryAddSingleton(sp => new DurableTaskWorker(sp.GetRequiredService<TaskHubStorage>(),
            sp.GetRequiredService<IOptions<DurableTaskRegistry>>(), sp, sp.GetRequiredService<WorkSignal>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WorkerHost>());
        return services;
    }

    /// <summary>Registers orchestrators and activities; may be called several times (the registries merge).</summary>
    public static IServiceCollection AddDurableTasks(this IServiceCollection services, Action<DurableTaskRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        services.Configure(register);
        return services;
    }
}
