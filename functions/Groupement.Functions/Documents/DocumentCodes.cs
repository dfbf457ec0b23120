namespace Groupement.Functions.Documents;

/// <summary>Stable problem codes for uploaded documents (DESIGN §4).</summary>
public static class DocumentCodes
{
    public const string NotPdf = "DOCUMENT_NOT_PDF";
    public const string TooLarge = "DOCUMENT_TOO_LARGE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string Missing = "DOCUMENT_MISSING";

    /// <summary>413 for sizes, 422 otherwise.</summary>
    public static int SuggestedHttpStatus(string code) => code is TooLarge or RequestTooLarge ? 413 : 422;
}

/// <summary>Why a document was refused: a code, the form field it came from, a French message.</summary>
public sealed record DocumentProblem(string Code, string Field, string Message);

/// <summary>Size limits: 20 MB a document, 60 MB a request; small files stay in memory, larger ones go to a temp file.</summary>
public sealed record DocumentLimits
{
    public long MaxDocumentBytes { get; init; } = 20L * 1024 * 1024;
    public long MaxRequestBytes { get; init; } = 60L * 1024 * 1024;
    public int MaxFileNameLength { get; init; } = 100;
    public int MemoryBufferBytes { get; init; } = 1024 * 1024;
}
