using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>What the compiled main template declares: the security and hosting choices the README promises.</summary>
public sealed partial class TemplateTests
{
    private static JsonObject Props(string type) => CompiledTemplate.Single(type)["properties"]!.AsObject();

    [Fact]
    public void Storage_refuses_shared_keys_old_tls_and_public_blobs()
    {
        var storage = Props("Microsoft.Storage/storageAccounts");

        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.True((bool)storage["defaultToOAuthAuthentication"]!);
        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.DoesNotContain("AccountKey=", CompiledTemplate.Main.ToJsonString(), StringComparison.OrdinalIgnoreCase);
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
        var documents = Container("documentsContainerName");
        Assert.Equal("None", (string?)documents["properties"]!["publicAccess"]);
    }

    [Fact]
    public void Old_versions_of_task_hub_blobs_and_deployment_packages_are_trimmed_but_documents_are_kept()
    {
        var rules = Props("Microsoft.Storage/storageAccounts/managementPolicies")["policy"]!["rules"]!.AsArray();
        var prefixes = rules.SelectMany(r => r!["definition"]!["filters"]!["prefixMatch"]!.AsArray()).Select(p => (string)p!).ToList();

        Assert.Equal(["trim-runtime-versions", "trim-package-versions"], rules.Select(r => (string)r!["name"]!));
        Assert.Equal(["[toLower(parameters('taskHubName'))]", "[format('{0}/', parameters('deploymentContainerName'))]"], prefixes);
        Assert.All(rules, r => Assert.NotNull(r!["definition"]!["actions"]!["version"]!["delete"]));
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
    public void The_plan_is_flex_consumption_fc1_on_linux()
    {
        var plan = CompiledTemplate.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("functionapp", (string?)plan["kind"]);
    }

    [Fact]
    public void The_site_is_a_linux_function_app_with_the_user_assigned_identity_on_https_only()
    {
        var site = CompiledTemplate.Single("Microsoft.Web/sites");

        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("[format('{0}', parameters('identityId'))]", Assert.Single(site["identity"]!["userAssignedIdentities"]!.AsObject()).Key);
        Assert.Equal("[parameters('identityId')]", (string?)site["properties"]!["keyVaultReferenceIdentity"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", (string?)FunctionAppModule("identityId"));
    }

    [Fact]
    public void The_runtime_is_dotnet_isolated_10_0_from_function_app_config()
    {
        var runtime = FunctionAppConfig()["runtime"]!;

        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        // Exactly "10.0": ARM accepts "10" and the app then never starts (Azure/Azure-Functions#2666).
        Assert.Equal("10.0", (string?)runtime["version"]);
    }

    [Fact]
    public void The_package_is_deployed_to_a_container_of_the_storage_account_with_the_identity()
    {
        var storage = FunctionAppConfig()["deployment"]!["storage"]!;
        var name = (string)CompiledTemplate.Main["variables"]!["deploymentContainerName"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("[format('{0}{1}', parameters('blobServiceUri'), parameters('deploymentContainerName'))]", (string?)storage["value"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.StartsWith("[format('app-package-{0}-{1}'", name);
        Assert.Equal("[variables('deploymentContainerName')]", (string?)CompiledTemplate.Module("storage")["properties"]!["parameters"]!["deploymentContainerName"]!["value"]);
        Assert.Contains("deploymentContainer.value", (string?)FunctionAppModule("deploymentContainerName"));
        Assert.Contains("primaryEndpoints.blob", (string?)StorageOutput("blobServiceUri"));
        Assert.Equal("None", (string?)Container("deploymentContainerName")["properties"]!["publicAccess"]);
    }

    [Fact]
    public void One_instance_of_the_durable_group_is_always_ready_and_scale_out_is_bounded()
    {
        var scale = FunctionAppConfig()["scaleAndConcurrency"]!;
        var alwaysReady = Assert.Single(scale["alwaysReady"]!.AsArray())!;

        Assert.Equal("durable", (string?)alwaysReady["name"]);
        Assert.Equal(1, (int)CompiledTemplate.Resolve("functionapp", alwaysReady["instanceCount"])!);
        Assert.InRange((int)CompiledTemplate.Resolve("functionapp", scale["maximumInstanceCount"])!, 40, 1000);
        Assert.Contains((int)CompiledTemplate.Resolve("functionapp", scale["instanceMemoryMB"])!, new[] { 512, 2048, 4096 });
    }

    [Fact]
    public void Host_storage_is_identity_based_with_the_three_service_uris_durable_needs()
    {
        var settings = AppSettings();

        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)settings["AzureWebJobsStorage__clientId"]);
        Assert.Contains("userAssignedIdentities", (string?)FunctionAppModule("identityClientId"));
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            var key = $"AzureWebJobsStorage__{service}ServiceUri";
            Assert.Equal($"[parameters('{service}ServiceUri')]", (string?)settings[key]);
            Assert.Contains($"{service}ServiceUri.value", (string?)FunctionAppModule($"{service}ServiceUri"));
            Assert.Equal($"[reference(resourceId('Microsoft.Storage/storageAccounts', parameters('accountName')), '2025-01-01').primaryEndpoints.{service}]", (string?)StorageOutput($"{service}ServiceUri"));
        }
        // Either the three URIs or the account name, never both; and never a connection string.
        Assert.DoesNotContain("AzureWebJobsStorage__accountName", settings.Keys);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
    }

    [Fact]
    public void Flex_gets_no_setting_it_refuses_or_ignores()
    {
        var settings = AppSettings();

        Assert.Equal("~4", (string?)settings["FUNCTIONS_EXTENSION_VERSION"]);
        // The runtime is functionAppConfig.runtime; the time zone is not supported on Flex (UTC schedules).
        string[] refused =
        [
            "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_WORKER_RUNTIME_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE",
            "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "SCM_DO_BUILD_DURING_DEPLOYMENT", "ENABLE_ORYX_BUILD", "WEBSITE_TIME_ZONE", "TZ",
        ];
        Assert.Empty(refused.Intersect(settings.Keys));
        var siteConfig = CompiledTemplate.Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!.AsObject();
        Assert.Equal(["appSettings"], siteConfig.Select(p => p.Key));
    }

    [Fact]
    public void Application_insights_is_fed_with_microsoft_entra_authentication()
    {
        var settings = AppSettings();

        Assert.Equal("[parameters('appInsightsConnectionString')]", (string?)settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Contains("appInsightsConnectionString.value", (string?)FunctionAppModule("appInsightsConnectionString"));
        Assert.Equal("[format('Authorization=AAD;ClientId={0}', parameters('identityClientId'))]", (string?)settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void App_settings_mirror_the_configuration_keys_and_take_secrets_from_key_vault()
    {
        var settings = AppSettings();

        string[] expected =
        [
            "Auth__AdminKey", "Email__Mode", "SendGrid__ApiKey", "SendGrid__FromEmail", "SendGrid__FromName",
            "SendGrid__WebhookVerificationKey", "PublicBaseUrl", "TimeZone", "Reminders__Schedule", "RateLimit__SubmissionsPerMinute",
            "TASKHUB_NAME", "Durable__TaskHubName", "AZURE_CLIENT_ID", "Ocr__Mode", "Ocr__RequestQueue",
        ];
        Assert.Empty(expected.Except(settings.Keys));
        Assert.Equal("sendgrid", (string?)settings["Email__Mode"]);
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('adminKeySecretUri'))]", (string?)settings["Auth__AdminKey"]);
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('sendGridApiKeySecretUri'))]", (string?)settings["SendGrid__ApiKey"]);
        Assert.Contains("adminKeySecretUri.value", (string?)FunctionAppModule("adminKeySecretUri"));
        Assert.Contains("sendGridApiKeySecretUri.value", (string?)FunctionAppModule("sendGridApiKeySecretUri"));
        // Only the two Key Vault references hold secrets; nothing else may look like one.
        Assert.All(settings.Where(s => s.Key is not ("Auth__AdminKey" or "SendGrid__ApiKey")),
            s => Assert.DoesNotContain("KeyVault", s.Value ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_task_hub_name_reaches_host_json_and_the_app_from_the_one_parameter()
    {
        var settings = AppSettings();

        Assert.Equal("[parameters('taskHubName')]", (string?)settings["TASKHUB_NAME"]);
        Assert.Equal("[parameters('taskHubName')]", (string?)settings["Durable__TaskHubName"]);
        Assert.Equal("[parameters('taskHubName')]", (string?)FunctionAppModule("taskHubName"));
        Assert.Equal("groupement", (string?)CompiledTemplate.Resolve("functionapp", settings["TASKHUB_NAME"]));
    }

    [Fact]
    public void Durable_polls_its_queues_at_most_every_ten_seconds()
    {
        var key = "AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval";
        var value = (string)CompiledTemplate.Resolve("functionapp", JsonValue.Create(AppSettings()[key]))!;
        var file = (string)JsonNode.Parse(File.ReadAllText(InfraFiles.Parameters))!["parameters"]!["durableMaxQueuePollingInterval"]!["value"]!;

        Assert.InRange(TimeSpan.Parse(value, CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.InRange(TimeSpan.Parse(file, CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void The_reminder_schedule_is_a_six_field_ncrontab_in_utc()
    {
        var schedule = (string)CompiledTemplate.Resolve("functionapp", JsonValue.Create(AppSettings()["Reminders__Schedule"]))!;

        Assert.Equal(6, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("UTC", (string?)CompiledTemplate.Main["parameters"]!["remindersSchedule"]!["metadata"]!["description"]);
    }

    [Fact]
    public void The_identity_gets_the_roles_durable_functions_on_azure_storage_and_flex_need()
    {
        var storage = CompiledTemplate.Module("storage")["properties"]!["template"]!["variables"]!;
        var appRoles = storage["appRoles"]!.AsArray().Select(r => (string)r!).Select(r => Var(storage, r)).ToList();

        Assert.Equal(["b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"], appRoles);
        Assert.Equal("[parameters('appPrincipalId')]", (string?)RoleAssignment("storage", "appRoles")["properties"]!["principalId"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('accountName'))]", (string?)RoleAssignment("storage", "appRoles")["scope"]);

        var publisher = RoleAssignment("monitoring", "metricsPublisherRole");
        Assert.Equal("3913510d-42f4-4e42-8a64-420c390055eb", (string?)ModuleVariables("monitoring")["metricsPublisherRole"]);
        Assert.Equal("[resourceId('Microsoft.Insights/components', parameters('appInsightsName'))]", (string?)publisher["scope"]);
        Assert.Equal("[parameters('appPrincipalId')]", (string?)publisher["properties"]!["principalId"]);

        var secrets = RoleAssignment("keyvault", "secretsUserRole");
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", (string?)ModuleVariables("keyvault")["secretsUserRole"]);
        Assert.Equal("[parameters('appPrincipalId')]", (string?)secrets["properties"]!["principalId"]);

        foreach (var module in new[] { "storage", "monitoring", "keyvault" })
            Assert.Equal("[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', format('id-{0}', parameters('baseName'))), '2024-11-30').principalId]",
                (string?)CompiledTemplate.Module(module)["properties"]!["parameters"]!["appPrincipalId"]!["value"]);
    }

    [Fact]
    public void No_role_beyond_the_data_roles_is_granted_never_owner_or_contributor()
    {
        string[] allowed =
        [
            // the app's identity: blob owner, queue and table contributor, metrics publisher, secrets user, AcrPull
            "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
            "3913510d-42f4-4e42-8a64-420c390055eb", "4633458b-17de-408a-b874-0445c86b69e6", "7f951dda-4ed3-4680-a7ca-43fe172d538d",
            // administrators (optional): readers of the data, officer of the secrets
            "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", "19e7f393-937e-4f77-808e-94535e297925", "76199698-9eea-4c19-bc75-cec21354c6b6",
            "b86a8fe5-44ce-4948-aee5-eccb2c155cd7",
        ];
        var text = CompiledTemplate.Main.ToJsonString();
        var guids = Guid().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();

        Assert.Empty(guids.Except(allowed));
        Assert.Empty(allowed.Take(6).Except(guids));
    }

    [Fact]
    public void The_ocr_worker_is_a_queue_scaled_container_apps_job_deployed_only_with_an_image()
    {
        var module = CompiledTemplate.Module("ocr");
        var job = CompiledTemplate.Single("Microsoft.App/jobs");
        var config = job["properties"]!["configuration"]!;
        var rule = Assert.Single(config["eventTriggerConfig"]!["scale"]!["rules"]!.AsArray())!;
        var container = Assert.Single(job["properties"]!["template"]!["containers"]!.AsArray())!;
        var env = container["env"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => (string?)e!["value"]);

        Assert.Equal("[variables('deployOcr')]", (string?)module["condition"]);
        Assert.Equal("[not(empty(parameters('ocrWorkerImage')))]", (string?)CompiledTemplate.Main["variables"]!["deployOcr"]);
        Assert.Equal("", (string?)CompiledTemplate.Main["parameters"]!["ocrWorkerImage"]!["defaultValue"]);
        Assert.Equal("Event", (string?)config["triggerType"]);
        Assert.Equal(0, (int)config["eventTriggerConfig"]!["scale"]!["minExecutions"]!);
        Assert.Equal("azure-queue", (string?)rule["type"]);
        Assert.Equal("[parameters('requestQueueName')]", (string?)rule["metadata"]!["queueName"]);
        Assert.Equal("[parameters('identityId')]", (string?)rule["identity"]);
        Assert.Equal("[parameters('containerImage')]", (string?)container["image"]);
        Assert.Equal("worker", env["Ocr__Mode"]);
        Assert.Equal("managedidentity", env["AzureWebJobsStorage__credential"]);
        Assert.Empty(new[] { "Auth__AdminKey", "SendGrid__ApiKey" }.Intersect(env.Keys));
        // The app hands scans to the worker only when there is one.
        Assert.Equal("[if(variables('deployOcr'), createObject('value', 'queue'), createObject('value', 'off'))]",
            (string?)CompiledTemplate.Module("functionapp")["properties"]!["parameters"]!["ocrMode"]);
        Assert.Equal("[parameters('ocrMode')]", (string?)AppSettings()["Ocr__Mode"]);
        Assert.Equal("ocr-requests", (string?)CompiledTemplate.Main["variables"]!["ocrRequestQueueName"]);
        Assert.Contains("parameters('ocrRequestQueueName')", (string?)CompiledTemplate.Single("Microsoft.Storage/storageAccounts/queueServices/queues")["name"]);
    }

    [Fact]
    public void The_ocr_worker_reaches_the_same_storage_and_task_hub_as_the_app_with_the_same_identity()
    {
        var job = CompiledTemplate.Single("Microsoft.App/jobs");
        var env = job["properties"]!["template"]!["containers"]![0]!["env"]!.AsArray()
            .ToDictionary(e => (string)e!["name"]!, e => (string?)e!["value"]);
        var app = AppSettings();
        var module = CompiledTemplate.Module("ocr")["properties"]!["parameters"]!;

        string[] shared =
        [
            "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId", "AzureWebJobsStorage__blobServiceUri",
            "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri", "AZURE_CLIENT_ID",
            "Durable__TaskHubName", "APPLICATIONINSIGHTS_CONNECTION_STRING",
        ];
        Assert.All(shared, key => Assert.Equal(app[key], env[key]));
        foreach (var parameter in new[] { "identityId", "identityClientId", "blobServiceUri", "queueServiceUri", "tableServiceUri", "taskHubName" })
            Assert.Equal((string?)FunctionAppModule(parameter), (string?)module[parameter]!["value"]);
        Assert.Equal((string?)FunctionAppModule("ocrRequestQueueName"), (string?)module["requestQueueName"]!["value"]);
        Assert.Equal("[format('{0}', parameters('identityId'))]", Assert.Single(job["identity"]!["userAssignedIdentities"]!.AsObject()).Key);
    }

    private static JsonObject FunctionAppConfig() =>
        CompiledTemplate.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!.AsObject();

    private static Dictionary<string, string?> AppSettings() =>
        CompiledTemplate.Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(e => (string)e!["name"]!, e => (string?)e!["value"]);

    private static JsonNode? FunctionAppModule(string parameter) =>
        CompiledTemplate.Module("functionapp")["properties"]!["parameters"]![parameter]!["value"];

    private static JsonNode? StorageOutput(string output) =>
        CompiledTemplate.Module("storage")["properties"]!["template"]!["outputs"]![output]!["value"];

    private static JsonObject ModuleVariables(string module) =>
        CompiledTemplate.Module(module)["properties"]!["template"]!["variables"]!.AsObject();

    private static JsonObject Container(string nameParameter) =>
        Assert.Single(CompiledTemplate.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"),
            c => ((string?)c["name"])!.Contains($"parameters('{nameParameter}')", StringComparison.Ordinal));

    private static JsonObject RoleAssignment(string module, string roleVariable) =>
        Assert.Single(CompiledTemplate.Resources(CompiledTemplate.Module(module)["properties"]!["template"]!.AsObject()),
            r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments"
                 && ((string?)r["properties"]!["roleDefinitionId"])!.Contains($"variables('{roleVariable}')", StringComparison.Ordinal)
                 && ((string?)r["properties"]!["principalId"]) == "[parameters('appPrincipalId')]");

    // roles.blobDataOwner → the GUID of the roles object.
    private static string Var(JsonNode variables, string expression)
    {
        var match = RolesMember().Match(expression);
        Assert.True(match.Success, expression);
        return (string)variables["roles"]![match.Groups[1].Value]!;
    }

    [GeneratedRegex(@"^\[variables\('roles'\)\.(\w+)\]$")]
    private static partial Regex RolesMember();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
