using Groupement.Functions.Auth;
using Groupement.Functions.Http;

namespace Groupement.Functions.Timers;

/// <summary><c>POST /admin/functions/{name}</c>: runs a timer function now (the Azure Functions admin convention).</summary>
public static class AdminFunctionsApi
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapAdminFunctionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/functions/{name}", async (string name, IEnumerable<ITimerFunction> functions, CancellationToken ct) =>
        {
            var function = functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw ApiProblemException.NotFound("FUNCTION_NOT_FOUND",
                    $"Aucune fonction nommée « {name} ». Fonctions connues : {string.Join(", ", functions.Select(f => f.Name))}.");
            await function.RunAsync(ct);
            return Results.Accepted(value: new { name = function.Name, ranAt = DateTimeOffset.UtcNow });
        }).RequireAdminKey();
        return app;
    }
}
