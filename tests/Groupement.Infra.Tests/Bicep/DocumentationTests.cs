namespace Groupement.Infra.Tests.Bicep;

/// <summary>The operations guide and the infra README keep up with what the template deploys.</summary>
public sealed class DocumentationTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([InfraFiles.Root, .. path]));

    [Fact]
    public void The_operations_guide_explains_every_app_setting_the_template_sets()
    {
        var guide = Read("docs", "operations.md");
        var names = CompiledTemplate.Single("Microsoft.App/containerApps")["properties"]!["template"]!["containers"]![0]!["env"]!
            .AsArray().Select(e => (string)e!["name"]!).ToList();

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
                     "/api/events/sendgrid", "SendGrid__WebhookVerificationKey", "az keyvault secret set",
                     "az storage blob restore", "azcopy", "tables-backup.py", "ContainerAppConsoleLogs_CL", "Poison",
                     "RuntimeStatus eq 'Failed'", "Version", "taskHubName",
                 })
            Assert.Contains(topic, guide);
    }
}
