using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Groupement.Functions.Http;

/// <summary>
/// Writes every exception of a request as problem+json: the caller's mistakes with their code, the rest as a 500
/// without details. Used by both hosts: the Functions worker middleware and the local host's exception handler.
/// </summary>
public static partial class ProblemResponses
{
    /// <summary>Writes <paramref name="exception"/> as the problem a caller sees; logs a 5xx.</summary>
    public static async Task WriteAsync(HttpContext context, Exception exception, ILogger logger)
    {
        var outage = IsStorageOutage(exception, context);
        var problem = outage ? ApiProblemException.StorageUnavailable() : Map(exception);
        if (outage) LogOutage(logger, context.Request.Method, context.Request.Path, exception.GetType().Name);
        else if (problem.Status >= 500) LogUnhandled(logger, context.Request.Method, context.Request.Path, exception);
        else if (problem.Status is 401 or 403 or 429)
            LogRefused(logger, problem.Status, problem.Code, context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress?.ToString() ?? "-");
        if (context.Response.HasStarted) return;
        await Write(context, problem).ExecuteAsync(context);
    }

    /// <summary>The problem+json result of a problem.</summary>
    public static IResult Write(HttpContext context, ApiProblemException problem)
    {
        var details = new ProblemDetails
        {
            Status = problem.Status, Title = problem.Title, Detail = problem.Detail,
            Type = $"https://groupement.example/problems/{problem.Code.ToLowerInvariant().Replace('_', '-')}",
            Instance = context.Request.Path,
        };
        details.Extensions["code"] = problem.Code;
        if (problem.RetryAfter is { } after)
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (problem.Errors is not null) details.Extensions["errors"] = problem.Errors;
        foreach (var (name, value) in problem.Headers) context.Response.Headers[name] = value;
        foreach (var (name, value) in problem.Extensions ?? new Dictionary<string, object?>()) details.Extensions[name] = value;
        return Results.Problem(details);
    }

    /// <summary>Maps an exception to the problem a caller sees.</summary>
    internal static ApiProblemException Map(Exception exception) => exception switch
    {
        ApiProblemException p => p,
        AggregateException { InnerExceptions.Count: 1 } a => Map(a.InnerExceptions[0]),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            new(413, "REQUEST_TOO_LARGE", "Requête trop volumineuse.", "La requête dépasse la taille autorisée (60 Mo au plus)."),
        BadHttpRequestException { InnerException: JsonException j } => InvalidJson(j),
        JsonException j => InvalidJson(j),
        BadHttpRequestException b => new(400, "BAD_REQUEST", "Requête invalide.", b.Message),
        InvalidDataException d => new(400, "BAD_REQUEST", "Requête invalide.", d.Message),
        OperationCanceledException => new(499, "CANCELLED", "Requête annulée.", "Le client a interrompu la requête."),
        _ when exception.InnerException is ApiProblemException inner => inner,
        _ => new(500, "INTERNAL_ERROR", "Erreur interne.", "Une erreur inattendue s'est produite ; rien n'a été perdu, réessayez plus tard."),
    };

    /// <summary>
    /// Storage (or the task hub on it) did not answer: a network failure, a 5xx, the SDK's per-call timeout, or the
    /// request's deadline (<see cref="RequestDeadline"/>); never the caller's own hang-up.
    /// </summary>
    internal static bool IsStorageOutage(Exception exception, HttpContext context)
    {
        if (RequestDeadline.Of(context) is { Expired: true }) return exception is OperationCanceledException || IsOutage(exception);
        // A cancellation the caller did not ask for is the SDK's per-try network timeout (its token is the timeout's).
        return !context.RequestAborted.IsCancellationRequested && IsOutage(exception);
    }

    private static bool IsOutage(Exception? e) => e switch
    {
        null => false,
        ApiProblemException => false,
        Azure.RequestFailedException r => r.Status == 0 || r.Status >= 500,
        HttpRequestException or TimeoutException or System.Net.Sockets.SocketException => true,
        OperationCanceledException => true,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsOutage),
        _ => IsOutage(e.InnerException),
    };

    private static ApiProblemException InvalidJson(JsonException j) =>
        new(400, "INVALID_JSON", "JSON invalide.", "Le corps de la requête n'est pas un JSON valide" + (j.Path is { Length: > 0 } p ? $" (champ {p})." : "."));

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Storage unavailable on {Method} {Path} ({Failure}): answered 503")]
    private static partial void LogOutage(ILogger logger, string method, string path, string failure);

    // A security event (ASVS 7.1.3, 7.2.2): a refused credential, CSRF token, role or rate. The path only, never the
    // query (an invitation link carries its token there) and never a header value.
    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Refused {Status} {Code} on {Method} {Path} from {Peer}")]
    private static partial void LogRefused(ILogger logger, int status, string code, string method, string path, string peer);

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, string path, Exception exception);
}
