using Groupement.Domain.Tests.Deliberations;

namespace Groupement.Domain.Tests;

/// <summary>Why a test that needs an input outside the repository cannot run here; null when it can.</summary>
internal static class MissingInput
{
    public static string? Shared(string[] parts) => SharedFiles.Shared(parts) is null
        ? $"../shared/{string.Join('/', parts)} not found next to the repository." : null;

    public static string? Fonts => TestFonts.Available ? null : TestFonts.MissingMessage;

    public static string? ReferenceData => SharedFiles.ReferenceDataDirectory() is null
        ? "node_modules/@etalab/decoupage-administratif/data not found (run npm ci at the repository root)." : null;
}

/// <summary>A fact skipped (reported as skipped, not passed) when a file or folder of ../shared is absent.</summary>
public sealed class SharedFileFactAttribute : FactAttribute
{
    public SharedFileFactAttribute(params string[] parts) => Skip = MissingInput.Shared(parts);
}

/// <summary>A theory skipped when a file or folder of ../shared is absent.</summary>
public sealed class SharedFileTheoryAttribute : TheoryAttribute
{
    public SharedFileTheoryAttribute(params string[] parts) => Skip = MissingInput.Shared(parts);
}

/// <summary>A fact that writes PDFs: skipped when no TrueType font is installed.</summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute() => Skip = MissingInput.Fonts;
}

/// <summary>A theory that writes PDFs: skipped when no TrueType font is installed.</summary>
public sealed class PdfTheoryAttribute : TheoryAttribute
{
    public PdfTheoryAttribute() => Skip = MissingInput.Fonts;
}

/// <summary>A fact over the communes and EPCI reference data: skipped when node_modules has not been installed.</summary>
public sealed class ReferenceDataFactAttribute : FactAttribute
{
    public ReferenceDataFactAttribute() => Skip = MissingInput.ReferenceData;
}
