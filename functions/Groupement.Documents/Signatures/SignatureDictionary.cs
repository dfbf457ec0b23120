namespace Groupement.Documents;

/// <summary>A signature dictionary found in the raw bytes: its byte range, its /Contents (DER) and a few entries.</summary>
internal sealed record SignatureDictionary(
    long[] ByteRange,
    byte[]? Der,
    string? Problem,
    string? SubFilter,
    string? MEntry,
    string? NameEntry);
