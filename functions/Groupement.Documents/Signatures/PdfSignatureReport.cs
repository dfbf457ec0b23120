using Groupement.Domain.Deliberations;

namespace Groupement.Documents;

/// <summary>All signatures of a PDF and the findings they give (same shape as the délibération's findings).</summary>
public sealed record PdfSignatureReport(IReadOnlyList<PdfSignature> Signatures, IReadOnlyList<Finding> Findings)
{
    /// <summary>Set when the file was not examined at all (too large, not a PDF); then there are no findings.</summary>
    public DocumentError? Error { get; init; }

    public bool IsSigned => Signatures.Count > 0;

    public bool AllValid => Signatures.All(s => s.Status == PdfSignatureStatus.Valid);

    /// <summary>The last signature reaches the end of the file.</summary>
    public bool LastCoversWholeFile => Signatures.Count > 0 && Signatures[^1].CoversWholeFile;

    public static PdfSignatureReport Failed(DocumentError error) => new([], []) { Error = error };
}
