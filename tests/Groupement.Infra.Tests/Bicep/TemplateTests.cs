using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>What the compiled main template declares: the security and availability choices the README promises.</summary>
public sealed partial class TemplateTests
{
    private static JsonObject Props(string type) => CompiledTemplate.Single(type)["properties"]!.AsObject();

    [Fact]
    public void Storage_refuses_shared_keys_old_tls_and_public_blobs()
    {
        var storage = Props("Microsoft.Storage/storageAccounts");

        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public void Blobs_are_versioned_and_soft_deleted_and_restorable_to_a_point_in_time()
    {
        var blobs = Props("Microsoft.Storage/storageAccounts/blobServices");

        Assert.True((bool)blobs["isVersioningEnabled"]!);
        Assert.True((bool)blobs["deleteRetentionPolicy"]!["enabled"]!);
        Assert.True((bool)blobs["containerDeleteRetentionPolicy"]!["enabled"]!);
        Assert.True((bool)blobs["changeFeed"]!["enabled"]!);
        Assert.True((bool)blobs["restorePolicy"]!["enabled"]!);
        var documents = CompiledTemplate.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Contains("documentsContainerName", (string?)documents["name"]);
        Assert.Equal("None", (string?)documents["properties"]!["publicAccess"]);
    }

    [Fact]
    public void Key_vault_uses_rbac_and_keeps_deleted_secrets()
    {
        var vault = Props("Microsoft.KeyVault/vaults");

        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
    }

    [Fact]
    public void The_host_keeps_one_replica_and_listens_on_7071_over_https_only()
    {
        var app = CompiledTemplate.Single("Microsoft.App/containerApps");
        var ingress = app["properties"]!["configuration"]!["ingress"]!;

        Assert.Equal(1, (int)app["properties"]!["template"]!["scale"]!["minReplicas"]!);
        Assert.Equal(7071, (int)ContainerAppVariable(Ref((string)ingress["targetPort"]!))!);
        Assert.False((bool)ingress["allowInsecure"]!);
        Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
    }

    [Fact]
    public void The_scale_rules_watch_the_task_hub_queues_with_the_managed_identity()
    {
        var queues = ContainerAppVariable("runtimeQueues")!.AsArray().Select(q => (string)q!).ToList();
        var rule = ContainerAppVariables()["copy"]!.AsArray().Single(c => (string?)c!["name"] == "queueRules")!["input"]!["azureQueue"]!;

        Assert.Equal(["[format('{0}-control', variables('hub'))]", "[format('{0}-workitems', variables('hub'))]"], queues);
        Assert.Equal("[toLower(parameters('taskHubName'))]", (string?)ContainerAppVariable("hub"));
        Assert.Equal("[parameters('identityId')]", (string?)rule["identity"]);
        var module = CompiledTemplate.OfType("Microsoft.Resources/deployments").Single(d => (string?)d["name"] == "containerapp");
        Assert.Equal("[parameters('taskHubName')]", (string?)module["properties"]!["parameters"]!["taskHubName"]!["value"]);
    }

    [Fact]
    public void App_settings_mirror_the_configuration_keys_and_take_secrets_from_key_vault()
    {
        var config = CompiledTemplate.Single("Microsoft.App/containerApps")["properties"]!["configuration"]!;
        var env = CompiledTemplate.Single("Microsoft.App/containerApps")["properties"]!["template"]!["containers"]![0]!["env"]!
            .AsArray().ToDictionary(e => (string)e!["name"]!, e => e!.AsObject());

        string[] expected =
        [
            "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri",
            "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId", "Auth__AdminKey", "Email__Mode",
            "SendGrid__ApiKey", "SendGrid__FromEmail", "SendGrid__FromName", "SendGrid__WebhookVerificationKey", "PublicBaseUrl",
            "TimeZone", "Reminders__Schedule", "RateLimit__SubmissionsPerMinute", "APPLICATIONINSIGHTS_CONNECTION_STRING",
        ];
        Assert.Empty(expected.Except(env.Keys));
        Assert.Equal("managedidentity", (string?)env["AzureWebJobsStorage__credential"]["value"]);
        Assert.Equal("sendgrid", (string?)env["Email__Mode"]["value"]);
        Assert.Equal("auth-admin-key", (string?)env["Auth__AdminKey"]["secretRef"]);
        Assert.Equal("sendgrid-api-key", (string?)env["SendGrid__ApiKey"]["secretRef"]);
        Assert.All(env.Values, e => Assert.False(e.ContainsKey("secretRef") && e.ContainsKey("value")));
        Assert.All(config["secrets"]!.AsArray(), s =>
        {
            Assert.NotNull(s!["keyVaultUrl"]);
            Assert.Equal("[parameters('identityId')]", (string?)s["identity"]);
            Assert.Null(s["value"]);
        });
    }

    [Fact]
    public void The_identity_gets_only_data_roles_and_never_owner_or_contributor()
    {
        string[] allowed =
        [
            "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
            "4633458b-17de-408a-b874-0445c86b69e6", "7f951dda-4ed3-4680-a7ca-43fe172d538d",
            // administrators (optional): readers of the data, officer of the secrets
            "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", "19e7f393-937e-4f77-808e-94535e297925", "76199698-9eea-4c19-bc75-cec21354c6b6",
            "b86a8fe5-44ce-4948-aee5-eccb2c155cd7",
        ];
        var text = CompiledTemplate.Main.ToJsonString();
        var guids = Guid().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();

        Assert.Empty(guids.Except(allowed));
        Assert.Empty(allowed.Take(5).Except(guids));
    }

    private static JsonObject ContainerAppVariables() =>
        CompiledTemplate.OfType("Microsoft.Resources/deployments").Single(d => (string?)d["name"] == "containerapp")
            ["properties"]!["template"]!["variables"]!.AsObject();

    private static JsonNode? ContainerAppVariable(string name) => ContainerAppVariables()[name];

    private static string Ref(string expression) => VariableRef().Match(expression).Groups[1].Value;

    [GeneratedRegex(@"^\[variables\('(\w+)'\)\]$")]
    private static partial Regex VariableRef();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
