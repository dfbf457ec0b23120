using Microsoft.AspNetCore.Mvc;

namespace Groupement.Functions.Functions;

/// <summary>
/// Lets a handler's <see cref="IResult"/> be returned from an Azure Functions HTTP trigger, whose ASP.NET Core
/// integration executes <see cref="IActionResult"/> only. The local host executes it the same way.
/// </summary>
public sealed class HttpFunctionResult(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context)
    {
        // An API answer is for its caller only (a member's dossier, a session's groupements): never kept by a browser
        // or a proxy, unless its handler chose otherwise.
        var headers = context.HttpContext.Response.Headers;
        if (string.IsNullOrEmpty(headers.CacheControl)) headers.CacheControl = "no-store";
        return Result.ExecuteAsync(context.HttpContext);
    }
}

internal static class HttpFunctionResults
{
    public static IActionResult ToAction(this IResult result) => new HttpFunctionResult(result);

    public static async Task<IActionResult> ToAction(this Task<IResult> result) => new HttpFunctionResult(await result);
}
