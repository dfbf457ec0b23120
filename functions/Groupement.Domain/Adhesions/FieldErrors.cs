namespace Groupement.Domain.Adhesions;

/// <summary>Shapes field errors for problem+json <c>errors</c> (the ValidationProblemDetails shape: field → messages).</summary>
public static class FieldErrors
{
    public static IDictionary<string, string[]> ToProblemErrors(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The problem <c>code</c> for a set of field errors: the first specific code (e.g. INVALID_SIREN), else VALIDATION_FAILED.</summary>
    public static string ProblemCode(IEnumerable<FieldError> errors) =>
        errors.Select(e => e.Code).FirstOrDefault(c => c != "INVALID_FIELD") ?? "VALIDATION_FAILED";
}
