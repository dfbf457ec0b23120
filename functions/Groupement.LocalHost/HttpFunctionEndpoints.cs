using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace Groupement.LocalHost;

/// <summary>Maps every HTTP-triggered function at the route and methods its <c>[HttpTrigger]</c> declares.</summary>
public static class HttpFunctionEndpoints
{
    /// <summary>The metadata key under which an endpoint carries its function's name.</summary>
    public sealed record FunctionEndpoint(string Name);

    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder app, IEnumerable<FunctionDescriptor> functions)
    {
        foreach (var function in functions.Where(f => f.Kind == TriggerKind.Http))
        {
            FunctionInvoker.Check(function);
            app.MapMethods("/" + function.Route!.TrimStart('/'), function.HttpMethods, async http =>
            {
                var invoker = http.RequestServices.GetRequiredService<FunctionInvoker>();
                var result = await invoker.InvokeAsync(function, http.RequestServices,
                    new InvocationBindings { Http = http, CancellationToken = http.RequestAborted });
                switch (result)
                {
                    case IActionResult action:
                        await action.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
                        break;
                    case IResult r:
                        await r.ExecuteAsync(http);
                        break;
                }
            }).WithName(function.Name).WithMetadata(new FunctionEndpoint(function.Name));
        }
        return app;
    }
}
