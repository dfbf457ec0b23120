using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>A table client that creates its table on first use (once; retried after a failure).</summary>
internal sealed class LazyTable(TableServiceClient service, string name)
{
    private readonly TableClient _client = service.GetTableClient(name);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public async ValueTask<TableClient> GetAsync(CancellationToken ct)
    {
        if (_created) return _client;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_created)
            {
                await _client.CreateIfNotExistsAsync(ct);
                _created = true;
            }
        }
        finally
        {
            _gate.Release();
        }
        return _client;
    }
}
