namespace Groupement.Documents;

/// <summary>Finding codes of a délibération read by OCR (issue 10, item 4); new, to be added to DESIGN §4.</summary>
public static class OcrFindingCodes
{
    /// <summary>info: the facts come from OCR, with the mean confidence.</summary>
    public const string ReadByOcr = "DELIB_READ_BY_OCR";

    /// <summary>warning: the mean confidence is below <see cref="OcrOptions.LowConfidence"/>.</summary>
    public const string LowConfidence = "DELIB_OCR_LOW_CONFIDENCE";
}
