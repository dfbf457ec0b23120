namespace Groupement.Infra.Tests;

/// <summary>A fact that is skipped, with the reason, when a command it needs is not on the PATH.</summary>
public sealed class FactWhenToolsAttribute : FactAttribute
{
    public FactWhenToolsAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !OnPath(t)).ToList();
        if (missing.Count > 0) Skip = $"needs {string.Join(", ", missing)} on the PATH";
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
