using System.Text.Json;
using System.Text.Json.Serialization;

namespace Groupement.Domain.Deliberations;

/// <summary>Result of <see cref="DeliberationAnalyzer.Analyze"/>: the facts and the findings (DESIGN §4 JSON shape).</summary>
public sealed record DeliberationAnalysis(DeliberationFacts Facts, IReadOnlyList<Finding> Findings)
{
    /// <summary>The text that was analysed (extracted from the PDF, or given); not serialised.</summary>
    [JsonIgnore]
    public string Text { get; init; } = "";

    [JsonIgnore]
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    public bool Has(string code) => Findings.Any(f => f.Code == code);

    /// <summary>camelCase, dates yyyy-MM-dd, nulls written: <c>{"facts":{…},"findings":[{code,severity,message}]}</c>.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

/// <summary>The PDF cannot be read at all (encrypted or broken): the host answers 422 with <see cref="Code"/>.</summary>
public sealed class UnreadableDocumentException(PdfTextStatus status, string message) : Exception(message)
{
    public PdfTextStatus Status { get; } = status;

    /// <summary><c>DOCUMENT_ENCRYPTED</c> or <c>DOCUMENT_NOT_PDF</c>.</summary>
    public string Code => Status == PdfTextStatus.Encrypted ? "DOCUMENT_ENCRYPTED" : "DOCUMENT_NOT_PDF";
}
