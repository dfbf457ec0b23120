namespace Groupement.Documents.Tests.Ocr;

/// <summary>A test that needs pdftoppm and Tesseract with French: skipped, with the reason, where they are absent.</summary>
public sealed class OcrFactAttribute : FactAttribute
{
    /// <param name="needsPrlimit">Also needs util-linux prlimit (the memory bound of the child processes).</param>
    public OcrFactAttribute(bool needsPrlimit = false)
    {
        var availability = new OcrReader().CheckAvailabilityAsync().GetAwaiter().GetResult();
        if (!availability.IsAvailable)
        {
            Skip = "OCR not installed here (" + availability.Reason + "); scripts/install-ocr.sh installs it.";
        }
        else if (needsPrlimit && BoundedProcess.FindOnPath("prlimit") is null)
        {
            Skip = "prlimit (util-linux) not on PATH: child processes run without a memory bound here.";
        }
    }
}
