using Groupement.Testing;

namespace Groupement.Documents.Tests.Ocr;

/// <summary>
/// A test that needs pdftoppm and Tesseract with French: skipped, with the reason, where they are absent; failed where
/// <c>GROUPEMENT_REQUIRE_INPUTS</c> names <c>ocr</c>.
/// </summary>
/// <param name="needsPrlimit">Also needs util-linux prlimit (the memory bound of the child processes).</param>
public sealed class OcrFactAttribute(bool needsPrlimit = false) : InputFactAttribute(RequiredInputs.Ocr, Missing(needsPrlimit))
{
    private static string? Missing(bool needsPrlimit)
    {
        var availability = new OcrReader().CheckAvailabilityAsync().GetAwaiter().GetResult();
        if (!availability.IsAvailable)
            return "OCR not installed here (" + availability.Reason + "); scripts/install-ocr.sh installs it.";
        return needsPrlimit && BoundedProcess.FindOnPath("prlimit") is null
            ? "prlimit (util-linux) not on PATH: child processes run without a memory bound here." : null;
    }
}
