using System.Text.RegularExpressions;

namespace Groupement.Infra.Tests.Bicep;

public sealed partial class BicepLintTests
{
    public static TheoryData<string> BicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in InfraFiles.AllBicepFiles()) data.Add(InfraFiles.Relative(file));
        return data;
    }

    [Fact]
    public void The_infra_folder_has_the_main_template_and_its_modules()
    {
        var files = InfraFiles.AllBicepFiles().Select(InfraFiles.Relative).ToList();

        Assert.Contains(Path.Combine("infra", "main.bicep"), files);
        Assert.True(files.Count >= 5, "expected main.bicep and its modules, found: " + string.Join(", ", files));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Each_bicep_file_lints_with_no_warning_and_no_error(string file)
    {
        var result = BicepCli.Run("lint", Path.Combine(InfraFiles.Root, file));

        var diagnostics = Diagnostic().Matches(result.AllOutput).Select(m => m.Value).ToList();
        Assert.True(diagnostics.Count == 0, $"bicep lint {file}:\n{result.AllOutput}");
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Each_bicep_file_builds_to_an_arm_template(string file)
    {
        var template = CompiledTemplate.Build(Path.Combine(InfraFiles.Root, file));

        Assert.Contains("deploymentTemplate.json", (string?)template["$schema"]);
        Assert.NotEmpty(CompiledTemplate.Resources(template));
    }

    [Fact]
    public void Every_module_is_a_local_file_so_that_nothing_is_fetched_from_a_registry()
    {
        var modules = 0;
        foreach (var file in InfraFiles.AllBicepFiles())
            foreach (Match m in ModuleReference().Matches(File.ReadAllText(file)))
            {
                modules++;
                var target = Path.Combine(Path.GetDirectoryName(file)!, m.Groups[1].Value);
                Assert.True(File.Exists(target), $"{InfraFiles.Relative(file)}: module '{m.Groups[1].Value}' is not a local file");
            }
        Assert.True(modules >= 4, "main.bicep is expected to use local modules");
    }

    [GeneratedRegex(@"^module\s+\w+\s+'([^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleReference();

    [GeneratedRegex(@"^.*\) : (Warning|Error) .*$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
