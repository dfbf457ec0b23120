using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Groupement.Functions.Http;

/// <summary>
/// The Functions worker's error boundary for HTTP triggers: the Functions HTTP model has no ASP.NET Core exception
/// handler, so a handler's <see cref="ApiProblemException"/> (or any failure) is written here as problem+json; each
/// request runs under its <see cref="RequestDeadline"/>.
/// </summary>
public sealed class ProblemMiddleware(ILogger<ProblemMiddleware> logger, IConfiguration config) : IFunctionsWorkerMiddleware
{
    private readonly TimeSpan _deadline = RequestDeadline.From(config);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } request) request.Response.RegisterForDispose(RequestDeadline.Begin(request, _deadline));
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
