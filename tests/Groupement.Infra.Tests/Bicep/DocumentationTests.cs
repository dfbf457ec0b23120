namespace Groupement.Infra.Tests.Bicep;

/// <summary>The operations guide and the infra README keep up with what the template deploys.</summary>
public sealed class DocumentationTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([InfraFiles.Root, .. path]));

    [Fact]
    public void The_operations_guide_explains_every_app_setting_the_template_sets()
    {
        var guide = Read("docs", "operations.md");
        var names = CompiledTemplate.Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Concat(CompiledTemplate.Single("Microsoft.App/jobs")["properties"]!["template"]!["containers"]![0]!["env"]!.AsArray())
            .Select(e => (string)e!["name"]!).Distinct().ToList();

        var missing = names.Where(n => !guide.Contains(n) && !guide.Contains("__" + n.Split("__").Last())).ToList();

        Assert.NotEmpty(names);
        Assert.Empty(missing);
    }

    [Fact]
    public void The_infra_readme_names_every_file_of_the_infra_folder()
    {
        var readme = Read("infra", "README.md");
        var files = Directory.EnumerateFiles(InfraFiles.InfraDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(InfraFiles.InfraDirectory, f).Replace('\\', '/'))
            .Where(f => f != "README.md" && !f.Contains("__pycache__"));

        Assert.All(files, f => Assert.Contains($"`{f}`", readme));
    }

    [Fact]
    public void The_operations_guide_covers_what_an_administrator_needs()
    {
        var guide = Read("docs", "operations.md");

        foreach (var topic in new[]
                 {
                     "az group create", "az deployment group create", "infra/main.parameters.json", "az acr build",
                     "func azure functionapp publish", "az functionapp deployment source config-zip",
                     "/api/events/sendgrid", "SendGrid__WebhookVerificationKey", "az keyvault secret set",
                     "az storage blob restore", "azcopy", "tables-backup.py", "ContainerAppConsoleLogs_CL", "AppTraces",
                     // the task hub and how to run it
                     "History", "Instances", "Partitions", "-control-00", "-workitems", "-leases", "-largemessages",
                     "/runtime/webhooks/durabletask/instances", "durabletask_extension", "purge", "terminate", "rewind",
                     "Discarding work item", "RuntimeStatus eq 'Failed'", "defaultVersion", "versionMatchStrategy",
                     "non-determinism", "poison", "maxQueuePollingInterval", "always-ready", "taskHubName", "ocrWorkerImage",
                 })
            Assert.Contains(topic, guide);
    }
}
