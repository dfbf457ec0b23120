namespace Groupement.Functions.Storage;

/// <summary>Names of the tables and the blob container of the read models; tests give each run its own prefix.</summary>
public sealed record StorageNames
{
    public string Adhesions { get; init; } = "adhesions";
    public string AdhesionIndex { get; init; } = "adhesionindex";
    public string Groupements { get; init; } = "groupements";
    public string Idempotency { get; init; } = "idempotency";
    public string Staff { get; init; } = "staff";
    public string SignIn { get; init; } = "signin";
    public string DocumentsContainer { get; init; } = "documents";

    /// <summary>Every name prefixed (letters and digits only, so names stay valid for tables and containers).</summary>
    public static StorageNames WithPrefix(string prefix)
    {
        if (prefix.Length == 0 || !char.IsAsciiLetterLower(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException("A prefix is lower-case letters and digits, starting with a letter.", nameof(prefix));
        var p = prefix.ToLowerInvariant();
        return new StorageNames
        {
            Adhesions = p + "adhesions",
            AdhesionIndex = p + "adhesionindex",
            Groupements = p + "groupements",
            Idempotency = p + "idempotency",
            Staff = p + "staff",
            SignIn = p + "signin",
            DocumentsContainer = p + "documents",
        };
    }
}
