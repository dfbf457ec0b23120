using Groupement.Testing;

namespace Groupement.Infra.Tests.Bicep;

/// <summary>Paths of the deployment files, found from the repository root.</summary>
internal static class InfraFiles
{
    public static string Root => Azurite.RepositoryRoot();

    public static string InfraDirectory => System.IO.Path.Combine(Root, "infra");

    public static string MainTemplate => System.IO.Path.Combine(InfraDirectory, "main.bicep");

    public static string Parameters => System.IO.Path.Combine(InfraDirectory, "main.parameters.json");

    /// <summary>Every Bicep file under infra/, modules included.</summary>
    public static IEnumerable<string> AllBicepFiles() =>
        Directory.EnumerateFiles(InfraDirectory, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string Relative(string path) => System.IO.Path.GetRelativePath(Root, path);
}
