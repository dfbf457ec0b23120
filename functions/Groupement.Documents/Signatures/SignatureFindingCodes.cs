namespace Groupement.Documents;

/// <summary>Finding codes of the signed convention (issue 10, item 5).</summary>
public static class SignatureFindingCodes
{
    /// <summary>error: the file changed after it was signed, or the signature cannot be verified.</summary>
    public const string Invalid = "CONVENTION_SIGNATURE_INVALID";

    /// <summary>info: who signed and when.</summary>
    public const string Signed = "CONVENTION_SIGNED";
}
