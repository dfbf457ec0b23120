using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Groupement.Testing;

/// <summary>
/// Inputs a test needs from outside the repository. Missing, a test is skipped with the reason; but where
/// <c>GROUPEMENT_REQUIRE_INPUTS</c> names the input (comma-separated: <c>reference-data,fonts,ocr,chromium,python3</c>,
/// or <c>all</c>), the same test fails instead, so CI cannot pass with an input it should have silently absent.
/// </summary>
public static class RequiredInputs
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "GROUPEMENT_REQUIRE_INPUTS";

    /// <summary>The communes and EPCI data from npm (node_modules/@etalab/decoupage-administratif).</summary>
    public const string ReferenceData = "reference-data";

    /// <summary>A TrueType font with French glyphs.</summary>
    public const string Fonts = "fonts";

    /// <summary>Tesseract (French) and pdftoppm.</summary>
    public const string Ocr = "ocr";

    /// <summary>Debian's Chromium for the browser tests.</summary>
    public const string Chromium = "chromium";

    /// <summary>The fixtures of ../shared next to the repository (absent in a clean clone: CI never requires it).</summary>
    public const string Shared = "shared";

    /// <summary>True when <paramref name="input"/> must be present here.</summary>
    public static bool IsRequired(string input)
    {
        var names = (Environment.GetEnvironmentVariable(Variable) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Contains(input, StringComparer.OrdinalIgnoreCase)
            || (names.Contains("all", StringComparer.OrdinalIgnoreCase) && input != Shared);
    }

    /// <summary>Why the test cannot run when it must: null when the input is present or only optional.</summary>
    internal static string? Failure(string input, string? missing) =>
        missing is not null && IsRequired(input) ? $"{input} is required here ({Variable}) but missing: {missing}" : null;
}

/// <summary>A fact that needs an input from outside the repository: skipped when it is missing, failed when it is required.</summary>
[XunitTestCaseDiscoverer("Groupement.Testing.InputFactDiscoverer", "Groupement.Testing")]
public abstract class InputFactAttribute : FactAttribute
{
    /// <param name="input">One of the <see cref="RequiredInputs"/> names.</param>
    /// <param name="missing">Why it is missing here, or null when it is present.</param>
    protected InputFactAttribute(string input, string? missing)
    {
        RequiredFailure = RequiredInputs.Failure(input, missing);
        if (RequiredFailure is null) Skip = missing;
    }

    /// <summary>Set when a required input is missing: the test is reported failed with this message.</summary>
    public string? RequiredFailure { get; }
}

/// <summary>A theory that needs an input from outside the repository (see <see cref="InputFactAttribute"/>).</summary>
[XunitTestCaseDiscoverer("Groupement.Testing.InputTheoryDiscoverer", "Groupement.Testing")]
public abstract class InputTheoryAttribute : TheoryAttribute
{
    protected InputTheoryAttribute(string input, string? missing)
    {
        RequiredFailure = RequiredInputs.Failure(input, missing);
        if (RequiredFailure is null) Skip = missing;
    }

    /// <summary>Set when a required input is missing: the test is reported failed with this message.</summary>
    public string? RequiredFailure { get; }
}

/// <summary>Turns a required, missing input into a failed test case carrying the reason.</summary>
public sealed class InputFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    private readonly IMessageSink _sink = sink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute) =>
        (attribute as IReflectionAttributeInfo)?.Attribute is InputFactAttribute { RequiredFailure: { } failure }
            ? [new ExecutionErrorTestCase(_sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, failure)]
            : base.Discover(options, method, attribute);
}

/// <summary>Turns a required, missing input into a failed test case carrying the reason.</summary>
public sealed class InputTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    private readonly IMessageSink _sink = sink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute) =>
        (attribute as IReflectionAttributeInfo)?.Attribute is InputTheoryAttribute { RequiredFailure: { } failure }
            ? [new ExecutionErrorTestCase(_sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, failure)]
            : base.Discover(options, method, attribute);
}
