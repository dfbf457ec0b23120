using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Groupement.Functions.Documents;
using Groupement.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Storage;

public class StorageRegistrationTests
{
    [Fact]
    public async Task AddGroupementStorage_wires_every_store_over_the_azure_clients_in_di()
    {
        var names = TestStorage.Names();
        var services = new ServiceCollection()
            .AddSingleton(TestStorage.Tables())
            .AddSingleton(TestStorage.Blobs())
            .AddGroupementStorage(names);
        await using var sp = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var adhesions = sp.GetRequiredService<AdhesionStore>();
        Assert.Same(adhesions, sp.GetRequiredService<AdhesionStore>());
        Assert.NotNull(sp.GetRequiredService<GroupementStore>());
        Assert.NotNull(sp.GetRequiredService<NotificationStore>());
        Assert.NotNull(sp.GetRequiredService<IdempotencyStore>());
        Assert.NotNull(sp.GetRequiredService<DocumentStore>());
        Assert.Equal(20L * 1024 * 1024, sp.GetRequiredService<DocumentValidator>().Limits.MaxDocumentBytes);

        var view = TestStorage.SampleView();
        await adhesions.CreateAsync(view, null, []);
        var table = sp.GetRequiredService<TableServiceClient>().GetTableClient(names.Adhesions);
        Assert.NotNull((await table.GetEntityIfExistsAsync<TableEntity>(view.Id, "adhesion")).Value);
        _ = sp.GetRequiredService<BlobServiceClient>();
    }
}
