using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Groupement.Functions.Documents;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Groupement.Functions.Storage;

/// <summary>Registers the read models, ledgers and document store over the Azure clients already in DI.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="GroupementStore"/>, <see cref="AdhesionStore"/>, <see cref="NotificationStore"/>,
    /// <see cref="IdempotencyStore"/>, <see cref="DocumentStore"/> and <see cref="DocumentValidator"/> as singletons.
    /// Needs <see cref="TableServiceClient"/> and <see cref="BlobServiceClient"/> registered; uses
    /// <see cref="StorageNames"/> and <see cref="TimeProvider"/> from DI when present. Tables are created on first use.
    /// </summary>
    public static IServiceCollection AddGroupementStorage(this IServiceCollection services, StorageNames? names = null)
    {
        if (names is not null) services.TryAddSingleton(names);
        services.TryAddSingleton<StorageNames>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new GroupementStore(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<StorageNames>()));
        services.TryAddSingleton(sp => new AdhesionStore(Tables(sp), Names(sp), Time(sp)));
        services.TryAddSingleton(sp => new NotificationStore(Tables(sp), Names(sp), Time(sp)));
        services.TryAddSingleton(sp => new IdempotencyStore(Tables(sp), Names(sp), Time(sp)));
        services.TryAddSingleton(sp => new StaffStore(Tables(sp), Names(sp)));
        services.TryAddSingleton(sp => new SignInStore(Tables(sp), Names(sp)));
        services.TryAddSingleton(sp => new DocumentStore(sp.GetRequiredService<BlobServiceClient>(), Names(sp), Time(sp)));
        services.TryAddSingleton<DocumentLimits>();
        services.TryAddSingleton(sp => new DocumentValidator(sp.GetRequiredService<DocumentLimits>()));
        return services;
    }

    private static TableServiceClient Tables(IServiceProvider sp) => sp.GetRequiredService<TableServiceClient>();

    private static StorageNames Names(IServiceProvider sp) => sp.GetRequiredService<StorageNames>();

    private static TimeProvider Time(IServiceProvider sp) => sp.GetRequiredService<TimeProvider>();
}
