using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Groupement.Functions.Http;

/// <summary>
/// The Functions worker's error boundary for HTTP triggers: the Functions HTTP model has no ASP.NET Core exception
/// handler, so a handler's <see cref="ApiProblemException"/> (or any failure) is written here as problem+json.
/// </summary>
public sealed class ProblemMiddleware(ILogger<ProblemMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http)
        {
            await ProblemResponses.WriteAsync(http, e, logger);
        }
    }
}
