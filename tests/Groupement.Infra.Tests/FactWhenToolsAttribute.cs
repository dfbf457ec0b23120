using Groupement.Testing;

namespace Groupement.Infra.Tests;

/// <summary>
/// A fact that is skipped, with the reason, when a command it needs is not on the PATH; failed where
/// <c>GROUPEMENT_REQUIRE_INPUTS</c> names the command (e.g. <c>python3</c>).
/// </summary>
public sealed class FactWhenToolsAttribute(params string[] tools) : InputFactAttribute(string.Join(",", tools), Missing(tools))
{
    private static string? Missing(string[] tools)
    {
        var missing = tools.Where(t => !OnPath(t)).ToList();
        return missing.Count > 0 ? $"needs {string.Join(", ", missing)} on the PATH" : null;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
