using Groupement.Functions.Storage;

namespace Groupement.Infra.Tests.Storage;

public sealed class ConnectionStringTests
{
    private const string AccountKey = "c2VjcmV0LWtleS1ub3QtcmVhbC1ub3QtcmVhbC1ub3QtcmVhbA==";

    [Fact]
    public void Development_storage_points_the_three_clients_at_azurite_default_ports()
    {
        var clients = StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", clients.Blobs.Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", clients.Queues.Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", clients.Tables.Uri.ToString().TrimEnd('/'));
        Assert.Null(clients.Credential);
        Assert.False(clients.UsesIdentity);
    }

    [Fact]
    public void An_account_key_connection_string_gives_the_account_endpoints()
    {
        var cs = $"DefaultEndpointsProtocol=https;AccountName=stgroupement;AccountKey={AccountKey};EndpointSuffix=core.windows.net";

        var clients = StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage", cs)));

        Assert.Equal("https://stgroupement.blob.core.windows.net/", clients.Blobs.Uri.ToString());
        Assert.Equal("https://stgroupement.queue.core.windows.net/", clients.Queues.Uri.ToString());
        Assert.Equal("https://stgroupement.table.core.windows.net/", clients.Tables.Uri.ToString());
        Assert.Equal("stgroupement", clients.Blobs.AccountName);
    }

    [Fact]
    public void A_connection_string_wins_over_identity_settings()
    {
        var clients = StorageClients.FromConfiguration(Settings.From(
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("AzureWebJobsStorage__accountName", "stother")));

        Assert.False(clients.UsesIdentity);
        Assert.Equal(10000, clients.Blobs.Uri.Port);
    }

    [Theory]
    [InlineData("not a connection string")]
    [InlineData("just-a-word")]
    [InlineData("=value-without-key;AccountName=x")]
    public void A_malformed_connection_string_is_named_in_one_line_without_its_value(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage", value))));

        Assert.StartsWith("Configuration: AzureWebJobsStorage is not a valid storage connection string", e.Message);
        Assert.DoesNotContain(value, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_connection_string_the_sdk_rejects_does_not_leak_its_key()
    {
        var cs = "DefaultEndpointsProtocol=https;AccountName=stgroupement;AccountKey=s3cr3t-!!-not-base64";

        var e = Assert.Throws<InvalidOperationException>(() =>
            StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage", cs))));

        Assert.StartsWith("Configuration: AzureWebJobsStorage is not a valid storage connection string", e.Message);
        Assert.DoesNotContain("s3cr3t", e.ToString());
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void Missing_settings_name_the_key_and_both_ways_to_set_it()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Settings.From()));

        Assert.StartsWith("Configuration: AzureWebJobsStorage is missing: set a connection string", e.Message);
        Assert.Contains("AzureWebJobsStorage__accountName", e.Message);
        Assert.Contains("__blobServiceUri", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Another_connection_name_is_the_one_named_in_errors()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage", "UseDevelopmentStorage=true")), "ArchiveStorage"));

        Assert.StartsWith("Configuration: ArchiveStorage is missing", e.Message);
    }

    [Fact]
    public void The_description_for_logs_holds_endpoints_but_no_key_or_sas()
    {
        var cs = "BlobEndpoint=https://st.blob.core.windows.net;QueueEndpoint=https://st.queue.core.windows.net;" +
                 "TableEndpoint=https://st.table.core.windows.net;SharedAccessSignature=sv=2024-01-01&sig=c2VjcmV0";

        var description = StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage", cs))).Describe();

        Assert.StartsWith("connection string: blob https://st.blob.core.windows.net/", description);
        Assert.DoesNotContain("sig=", description);
        Assert.DoesNotContain("c2VjcmV0", description);
    }
}
