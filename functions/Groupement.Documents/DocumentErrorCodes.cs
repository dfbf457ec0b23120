namespace Groupement.Documents;

/// <summary>Problem codes for documents that cannot be processed; the first two are the ones the domain and the host already use.</summary>
public static class DocumentErrorCodes
{
    public const string NotPdf = "DOCUMENT_NOT_PDF";
    public const string Encrypted = "DOCUMENT_ENCRYPTED";
    public const string TooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>More pages than the OCR bound (<see cref="OcrOptions.MaxPages"/>).</summary>
    public const string TooManyPages = "DOCUMENT_TOO_MANY_PAGES";

    /// <summary>A page larger than the rasterisation bound even at the lowest resolution (<see cref="OcrOptions.MaxPagePixels"/>).</summary>
    public const string PageTooLarge = "DOCUMENT_PAGE_TOO_LARGE";

    /// <summary>The OCR did not finish within its total or per-page timeout.</summary>
    public const string OcrTimeout = "OCR_TIMEOUT";

    /// <summary>pdftoppm or tesseract failed on the file (exit code, unreadable output).</summary>
    public const string OcrFailed = "OCR_FAILED";

    /// <summary>tesseract, pdftoppm or the French language data are not installed.</summary>
    public const string OcrUnavailable = "OCR_UNAVAILABLE";

    /// <summary>For a problem+json answer: 413 for sizes, 422 for a document that cannot be read. The OCR codes are not
    /// a caller's mistake: they belong in DELIB_NOT_READABLE's message, not in an HTTP error.</summary>
    public static int SuggestedHttpStatus(string code) => code == TooLarge ? 413 : 422;
}

/// <summary>Why a document was not processed: a stable code and a French message.</summary>
public sealed record DocumentError(string Code, string Message);
