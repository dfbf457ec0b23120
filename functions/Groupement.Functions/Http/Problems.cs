using Groupement.Domain.Adhesions;

namespace Groupement.Functions.Http;

/// <summary>Turns domain refusals and field errors into problems.</summary>
public static class Problems
{
    /// <summary>400 with the field errors of a parse or validation.</summary>
    public static ApiProblemException FromFieldErrors(IReadOnlyList<FieldError> errors) =>
        ApiProblemException.Validation(FieldErrors.ProblemCode(errors), new Dictionary<string, string[]>(FieldErrors.ToProblemErrors(errors)));

    /// <summary>The decider's refusal with its suggested status.</summary>
    public static ApiProblemException FromRefusal(AdhesionRefusal refusal)
    {
        var status = RefusalCodes.SuggestedHttpStatus(refusal.Code);
        var errors = refusal.Field is null ? null : new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] };
        return new ApiProblemException(status, refusal.Code, status == 404 ? "Introuvable." : "Opération refusée.", refusal.Message, errors);
    }

    /// <summary>Reads a JSON body into <typeparamref name="T"/>, or a 400 problem that says what is wrong.</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType())
            throw new ApiProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "Type de contenu non accepté.", "Envoyez un corps JSON (Content-Type: application/json).");
        var value = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
        return value ?? throw new ApiProblemException(400, "INVALID_JSON", "JSON invalide.", "Le corps de la requête est vide.");
    }
}
