using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Groupement.Functions.Http;

/// <summary>Writes every exception as problem+json: the caller's mistakes with their code, the rest as a 500 without details.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status >= 500) LogUnhandled(logger, context.Request.Method, context.Request.Path, exception);
        context.Response.StatusCode = problem.Status;
        var details = new ProblemDetails
        {
            Status = problem.Status, Title = problem.Title, Detail = problem.Detail,
            Type = $"https://groupement.example/problems/{problem.Code.ToLowerInvariant().Replace('_', '-')}",
        };
        details.Extensions["code"] = problem.Code;
        if (problem.Errors is not null) details.Extensions["errors"] = problem.Errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>Maps an exception to the problem a caller sees.</summary>
    internal static ApiProblemException Map(Exception exception) => exception switch
    {
        ApiProblemException p => p,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            new(413, "REQUEST_TOO_LARGE", "Requête trop volumineuse.", "La requête dépasse la taille autorisée (60 Mo au plus)."),
        BadHttpRequestException { InnerException: JsonException j } => InvalidJson(j),
        JsonException j => InvalidJson(j),
        BadHttpRequestException b => new(400, "BAD_REQUEST", "Requête invalide.", b.Message),
        InvalidDataException d => new(400, "BAD_REQUEST", "Requête invalide.", d.Message),
        OperationCanceledException => new(499, "CANCELLED", "Requête annulée.", "Le client a interrompu la requête."),
        _ => new(500, "INTERNAL_ERROR", "Erreur interne.", "Une erreur inattendue s'est produite ; rien n'a été perdu, réessayez plus tard."),
    };

    private static ApiProblemException InvalidJson(JsonException j) =>
        new(400, "INVALID_JSON", "JSON invalide.", "Le corps de la requête n'est pas un JSON valide" + (j.Path is { Length: > 0 } p ? $" (champ {p})." : "."));

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, string path, Exception exception);
}
