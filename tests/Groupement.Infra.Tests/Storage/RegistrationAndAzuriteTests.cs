using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Groupement.Functions.Storage;
using Groupement.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Infra.Tests.Storage;

public sealed class RegistrationAndAzuriteTests
{
    [Fact]
    public void AddStorageClients_registers_the_clients_as_singletons()
    {
        var services = new ServiceCollection()
            .AddStorageClients(Settings.From(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));
        using var provider = services.BuildServiceProvider();

        var clients = provider.GetRequiredService<StorageClients>();
        Assert.Same(clients.Tables, provider.GetRequiredService<TableServiceClient>());
        Assert.Same(clients.Queues, provider.GetRequiredService<QueueServiceClient>());
        Assert.Same(clients.Blobs, provider.GetRequiredService<BlobServiceClient>());
    }

    [Fact]
    public void AddStorageClients_fails_at_registration_when_the_settings_are_missing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddStorageClients(Settings.From()));

        Assert.StartsWith("Configuration: AzureWebJobsStorage is missing", e.Message);
    }

    [Fact]
    public async Task The_connection_string_clients_talk_to_azurite()
    {
        var clients = StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage", Azurite.ConnectionString)));
        var name = Azurite.UniqueName("infra");

        var table = clients.Tables.GetTableClient(name);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Answer"] = 42 });
        var entity = await table.GetEntityAsync<TableEntity>("p", "r");

        var queue = clients.Queues.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("bonjour");
        var message = await queue.ReceiveMessageAsync();

        var container = clients.Blobs.GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("d.txt").UploadAsync(BinaryData.FromString("délibération"));
        var blob = await container.GetBlobClient("d.txt").DownloadContentAsync();

        Assert.Equal(42, entity.Value.GetInt32("Answer"));
        Assert.Equal("bonjour", message.Value.MessageText);
        Assert.Equal("délibération", blob.Value.Content.ToString());
        await table.DeleteAsync();
        await queue.DeleteAsync();
        await container.DeleteAsync();
    }
}
