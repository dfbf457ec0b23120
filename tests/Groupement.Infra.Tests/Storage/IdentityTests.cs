using Azure.Identity;
using Groupement.Functions.Storage;
using Microsoft.Extensions.Configuration;

namespace Groupement.Infra.Tests.Storage;

public sealed class IdentityTests
{
    private const string ClientId = "8f1c2a4e-3b5d-4e6f-9a7b-0c1d2e3f4a5b";

    [Fact]
    public void An_account_name_alone_gives_the_public_cloud_endpoints_and_the_default_credential()
    {
        var clients = StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage__accountName", "stgroupement")));

        Assert.Equal("https://stgroupement.blob.core.windows.net/", clients.Blobs.Uri.ToString());
        Assert.Equal("https://stgroupement.queue.core.windows.net/", clients.Queues.Uri.ToString());
        Assert.Equal("https://stgroupement.table.core.windows.net/", clients.Tables.Uri.ToString());
        Assert.IsType<DefaultAzureCredential>(clients.Credential);
        Assert.True(clients.UsesIdentity);
    }

    [Fact]
    public void Service_uris_with_a_managed_identity_client_id_give_a_managed_identity_credential()
    {
        var clients = StorageClients.FromConfiguration(Settings.From(
            ("AzureWebJobsStorage__blobServiceUri", "https://stgroupement.blob.core.windows.net/"),
            ("AzureWebJobsStorage__queueServiceUri", "https://stgroupement.queue.core.windows.net/"),
            ("AzureWebJobsStorage__tableServiceUri", "https://stgroupement.table.core.windows.net/"),
            ("AzureWebJobsStorage__credential", "managedidentity"),
            ("AzureWebJobsStorage__clientId", ClientId)));

        Assert.IsType<ManagedIdentityCredential>(clients.Credential);
        Assert.Equal("https://stgroupement.queue.core.windows.net/", clients.Queues.Uri.ToString());
        Assert.Equal("stgroupement", clients.Tables.AccountName);
        Assert.StartsWith("identity (ManagedIdentityCredential): blob https://stgroupement.blob.core.windows.net/", clients.Describe());
    }

    [Fact]
    public void Real_environment_variables_with_double_underscores_are_read()
    {
        var prefix = "GRPTEST" + Guid.NewGuid().ToString("N")[..8] + "_";
        Environment.SetEnvironmentVariable(prefix + "AzureWebJobsStorage__accountName", "stfromenv");
        Environment.SetEnvironmentVariable(prefix + "AzureWebJobsStorage__credential", "ManagedIdentity");
        try
        {
            var config = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            var clients = StorageClients.FromConfiguration(config);

            Assert.Equal("https://stfromenv.table.core.windows.net/", clients.Tables.Uri.ToString());
            Assert.IsType<ManagedIdentityCredential>(clients.Credential);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "AzureWebJobsStorage__accountName", null);
            Environment.SetEnvironmentVariable(prefix + "AzureWebJobsStorage__credential", null);
        }
    }

    [Fact]
    public void A_service_uri_overrides_the_one_derived_from_the_account_name()
    {
        var clients = StorageClients.FromConfiguration(Settings.From(
            ("AzureWebJobsStorage__accountName", "stgroupement"),
            ("AzureWebJobsStorage__blobServiceUri", "https://stgroupement.privatelink.blob.core.windows.net/")));

        Assert.Equal("stgroupement.privatelink.blob.core.windows.net", clients.Blobs.Uri.Host);
        Assert.Equal("stgroupement.table.core.windows.net", clients.Tables.Uri.Host);
    }

    [Fact]
    public void Without_an_account_name_each_missing_service_uri_is_named()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Settings.From(
            ("AzureWebJobsStorage__blobServiceUri", "https://st.blob.core.windows.net/"),
            ("AzureWebJobsStorage__queueServiceUri", "https://st.queue.core.windows.net/"))));

        Assert.StartsWith("Configuration: AzureWebJobsStorage__tableServiceUri is missing", e.Message);
    }

    [Theory]
    [InlineData("http://st.blob.core.windows.net/")]
    [InlineData("st.blob.core.windows.net")]
    [InlineData("https://st.blob.core.windows.net/?sv=2024&sig=SECRETSIG")]
    public void A_service_uri_must_be_https_without_a_sas_and_is_not_echoed(string uri)
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Settings.From(
            ("AzureWebJobsStorage__accountName", "st123"), ("AzureWebJobsStorage__blobServiceUri", uri))));

        Assert.StartsWith("Configuration: AzureWebJobsStorage__blobServiceUri must be an absolute https URI", e.Message);
        Assert.DoesNotContain(uri, e.Message);
        Assert.DoesNotContain("SECRETSIG", e.Message);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__credential", "clientsecret", "Configuration: AzureWebJobsStorage__credential must be 'managedidentity'")]
    [InlineData("AzureWebJobsStorage__clientId", "not-a-guid", "Configuration: AzureWebJobsStorage__clientId must be the client id")]
    public void A_bad_credential_setting_is_named(string key, string value, string expected)
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageClients.FromConfiguration(Settings.From(
            ("AzureWebJobsStorage__accountName", "stgroupement"), (key, value))));

        Assert.StartsWith(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("st")]
    [InlineData("St-Groupement")]
    [InlineData("averyveryverylongaccountname1")]
    public void A_bad_account_name_is_named(string account)
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            StorageClients.FromConfiguration(Settings.From(("AzureWebJobsStorage__accountName", account))));

        Assert.StartsWith("Configuration: AzureWebJobsStorage__accountName is not a storage account name", e.Message);
    }
}
