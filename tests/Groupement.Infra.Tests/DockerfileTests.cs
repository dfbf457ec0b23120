using Groupement.Testing;

namespace Groupement.Infra.Tests;

/// <summary>
/// Docker is not available where the tests run, so the image definition is checked as text: the properties the
/// operations guide and the OCR worker job rely on (.NET 10 images, the local host, French OCR, non-root, port 7071)
/// and that every copied path exists.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string Root = Azurite.RepositoryRoot();
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    private static IEnumerable<string> Instructions(string name) =>
        Lines.Where(l => l.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)).Select(l => l[(name.Length + 1)..].Trim());

    [Fact]
    public void It_builds_with_the_dotnet_10_sdk_and_runs_on_the_aspnet_10_runtime()
    {
        var stages = Instructions("FROM").ToList();

        Assert.Equal(3, stages.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0 ", stages[0]);
        Assert.StartsWith("node:20-slim AS refdata", stages[1]);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", stages[^1]);
    }

    [Fact]
    public void The_image_carries_the_reference_data_the_analysis_looks_up()
    {
        Assert.Contains(Lines, l => l.Contains("@etalab/decoupage-administratif@6.0.0", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.Contains("ReferenceData__Directory=/app/refdata", StringComparison.Ordinal));
        Assert.Contains("--from=refdata /refdata /app/refdata", Instructions("COPY"));
    }

    [Fact]
    public void The_runtime_image_installs_a_font_with_french_glyphs_for_the_attestation()
    {
        var runtime = string.Join('\n', Lines.SkipWhile(l => !l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal)));

        Assert.Matches(@"apt-get install [^\n]*\bfonts-dejavu-core\b", runtime);
    }

    [Fact]
    public void It_runs_as_the_non_root_app_user()
    {
        var user = Instructions("USER").Last();

        Assert.Contains(user, new[] { "$APP_UID", "1654", "app" });
        Assert.True(Array.FindLastIndex(Lines, l => l.StartsWith("USER ")) > Array.FindLastIndex(Lines, l => l.StartsWith("FROM ")));
    }

    [Fact]
    public void It_listens_on_7071_and_starts_the_local_host()
    {
        Assert.Contains("7071", Instructions("EXPOSE"));
        Assert.Contains(Lines, l => l.Contains("ASPNETCORE_URLS=http://+:7071"));
        Assert.Equal("[\"dotnet\", \"Groupement.LocalHost.dll\"]", Instructions("ENTRYPOINT").Single());
        Assert.Contains("dotnet publish functions/Groupement.LocalHost -c Release -o /app -p:UseAppHost=false", Instructions("RUN"));
        Assert.Contains("--from=build /app .", Instructions("COPY"));
    }

    [Fact]
    public void The_runtime_stage_installs_french_tesseract_and_poppler_for_the_ocr_worker()
    {
        var runtime = Lines[Array.FindLastIndex(Lines, l => l.StartsWith("FROM "))..];
        var install = string.Join(' ', runtime.SkipWhile(l => !l.StartsWith("RUN apt-get update", StringComparison.Ordinal)).Take(3));

        Assert.Contains("apt-get install -y --no-install-recommends", install);
        foreach (var package in new[] { "tesseract-ocr", "tesseract-ocr-fra", "poppler-utils" })
            Assert.Contains($" {package} ", install + " ");
        Assert.Contains("rm -rf /var/lib/apt/lists/*", install);
        Assert.True(Array.FindIndex(runtime, l => l.StartsWith("RUN apt-get")) < Array.FindIndex(runtime, l => l.StartsWith("USER ")));
    }

    [Fact]
    public void Every_file_it_copies_from_the_context_exists()
    {
        var sources = Instructions("COPY").Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]);

        Assert.All(sources, s => Assert.True(Path.Exists(Path.Combine(Root, s)), $"COPY source {s} does not exist"));
    }

    [Fact]
    public void The_build_stage_gets_the_root_build_files_and_every_project_under_functions()
    {
        var copies = Instructions("COPY").ToList();

        Assert.Contains("global.json Directory.Build.props Directory.Packages.props .editorconfig ./", copies);
        Assert.Contains("functions/ functions/", copies);
        Assert.True(Array.IndexOf(Lines, "COPY functions/ functions/") < Array.FindIndex(Lines, l => l.StartsWith("RUN dotnet publish")));
    }

    [Fact]
    public void The_build_context_leaves_out_outputs_local_settings_and_data()
    {
        var ignored = File.ReadAllLines(Path.Combine(Root, ".dockerignore")).Select(l => l.Trim()).ToList();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/node_modules/", ignored);
        Assert.Contains("**/local.settings.json", ignored);
        Assert.Contains(".data/", ignored);
    }
}
