namespace Groupement.Functions.Http;

/// <summary>
/// A caller's mistake or a refused operation, answered as RFC 9457 problem+json with a stable <see cref="Code"/>.
/// Throw it from anywhere in request handling; <see cref="ProblemResponses"/> writes it.
/// </summary>
public sealed class ApiProblemException(int status, string code, string title, string? detail = null,
    IReadOnlyDictionary<string, string[]>? errors = null, Exception? inner = null) : Exception(detail ?? title, inner)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The stable machine-readable code (DESIGN.md §4).</summary>
    public string Code { get; } = code;

    /// <summary>A short French title.</summary>
    public string Title { get; } = title;

    /// <summary>A French explanation for a person.</summary>
    public string? Detail { get; } = detail;

    /// <summary>Field errors: field name → French messages.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    /// <summary>Response headers that go with the problem (e.g. a <c>Set-Cookie</c> that ends a session): an error boundary clears the response's headers before writing it.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>More members of the problem (e.g. the checked lines of a refused invitation file).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>When set, the answer carries <c>Retry-After</c> (whole seconds, at least 1).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>400 for invalid fields.</summary>
    public static ApiProblemException Validation(string code, IReadOnlyDictionary<string, string[]> errors, string? detail = null) =>
        new(StatusCodes.Status400BadRequest, code, "La requête contient des erreurs.",
            detail ?? string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key} : {m}"))), errors);

    /// <summary>400 for one invalid field.</summary>
    public static ApiProblemException Field(string code, string field, string message) =>
        Validation(code, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>404.</summary>
    public static ApiProblemException NotFound(string code, string detail) =>
        new(StatusCodes.Status404NotFound, code, "Introuvable.", detail);

    /// <summary>422: understood but refused by a rule.</summary>
    public static ApiProblemException Unprocessable(string code, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(StatusCodes.Status422UnprocessableEntity, code, "Opération refusée.", detail, errors);

    /// <summary>401: no or bad credentials.</summary>
    public static ApiProblemException Unauthorized(string detail = "Une clé ou un jeton d'accès valide est requis (en-tête Authorization: Bearer …).") =>
        new(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "Authentification requise.", detail);

    /// <summary>403: authenticated but not allowed.</summary>
    public static ApiProblemException Forbidden(string detail) =>
        new(StatusCodes.Status403Forbidden, "FORBIDDEN", "Accès refusé.", detail);

    /// <summary>503 <c>STORAGE_UNAVAILABLE</c>: storage did not answer in time; nothing was kept, retry later.</summary>
    public static ApiProblemException StorageUnavailable(TimeSpan? retryAfter = null) =>
        new(StatusCodes.Status503ServiceUnavailable, "STORAGE_UNAVAILABLE", "Service momentanément indisponible.",
            "Le stockage ne répond pas pour le moment ; votre demande n'a pas été enregistrée. Réessayez dans quelques secondes.")
        { RetryAfter = retryAfter ?? TimeSpan.FromSeconds(5) };

    /// <summary>409: conflicts with the current state.</summary>
    public static ApiProblemException Conflict(string code, string detail) =>
        new(StatusCodes.Status409Conflict, code, "Conflit.", detail);
}
