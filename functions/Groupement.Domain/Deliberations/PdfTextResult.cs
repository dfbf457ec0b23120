namespace Groupement.Domain.Deliberations;

public enum PdfTextStatus
{
    /// <summary>Text was read.</summary>
    Ok,

    /// <summary>A valid PDF without a text layer (a scan): analysis yields DELIB_NOT_READABLE.</summary>
    NoText,

    /// <summary>Password-protected: the host answers 422.</summary>
    Encrypted,

    /// <summary>Not a PDF or damaged beyond reading: the host answers 422.</summary>
    Broken,
}

/// <summary>Text of a PDF, one line per baseline, pages separated by a form feed line.</summary>
public sealed record PdfTextResult(PdfTextStatus Status, string Text, int Pages, string? Error)
{
    public bool IsReadable => Status is PdfTextStatus.Ok;
}
