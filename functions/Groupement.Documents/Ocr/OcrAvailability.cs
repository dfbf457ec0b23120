namespace Groupement.Documents;

/// <summary>Whether OCR can run here: pdftoppm and tesseract on PATH and the language's data installed.</summary>
public sealed record OcrAvailability(bool IsAvailable, string? Reason, string? TesseractVersion)
{
    public static OcrAvailability Missing(string reason) => new(false, reason, null);
}
