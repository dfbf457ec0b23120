using Groupement.Domain.Tests.Deliberations;
using Groupement.Testing;

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

// Each is skipped (reported as skipped, not passed) when its input is missing, and fails instead where
// GROUPEMENT_REQUIRE_INPUTS names the input (.ci/run requires reference-data and fonts; ../shared stays optional).

/// <summary>A fact skipped when a file or folder of ../shared is absent.</summary>
public sealed class SharedFileFactAttribute(params string[] parts) : InputFactAttribute(RequiredInputs.Shared, MissingInput.Shared(parts));

/// <summary>A theory skipped when a file or folder of ../shared is absent.</summary>
public sealed class SharedFileTheoryAttribute(params string[] parts) : InputTheoryAttribute(RequiredInputs.Shared, MissingInput.Shared(parts));

/// <summary>A fact that writes PDFs: skipped when no TrueType font is installed.</summary>
public sealed class PdfFactAttribute() : InputFactAttribute(RequiredInputs.Fonts, MissingInput.Fonts);

/// <summary>A theory that writes PDFs: skipped when no TrueType font is installed.</summary>
public sealed class PdfTheoryAttribute() : InputTheoryAttribute(RequiredInputs.Fonts, MissingInput.Fonts);

/// <summary>A fact over the communes and EPCI reference data: skipped when node_modules has not been installed.</summary>
public sealed class ReferenceDataFactAttribute() : InputFactAttribute(RequiredInputs.ReferenceData, MissingInput.ReferenceData);
