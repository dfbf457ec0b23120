using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>Runs the worker as a hosted service unless the options disable it.</summary>
internal sealed class WorkerHost(IServiceProvider services, IOptions<AzureStorageDurableOptions> options) : IHostedService
{
    private DurableTaskWorker? _worker;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.EnableWorker) return Task.CompletedTask;
        _worker = services.GetRequiredService<DurableTaskWorker>();
        return _worker.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _worker?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
