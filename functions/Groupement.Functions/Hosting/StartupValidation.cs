using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Groupement.Functions.Hosting;

/// <summary>Resolves the configuration-bound services first thing at start-up, so bad configuration stops the host with one line.</summary>
internal sealed class StartupValidation(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<HostSettings>();
        services.GetRequiredService<Auth.SignInSettings>();
        services.GetRequiredService<TableServiceClient>();
        services.GetRequiredService<QueueServiceClient>();
        services.GetRequiredService<BlobServiceClient>();
        services.GetRequiredService<Http.ClientAddresses>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
