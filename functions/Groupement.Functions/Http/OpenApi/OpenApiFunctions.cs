using Groupement.Functions.Functions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Http.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the contract, generated from the functions themselves (both hosts).</summary>
public sealed class OpenApiFunctions
{
    [Function("OpenApi")]
    [ApiOperation("The OpenAPI 3.1 document of this API, generated from its functions.", Access = "anyone")]
    public IActionResult Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest req) =>
        Results.Text(OpenApiDocument.Json, "application/json", System.Text.Encoding.UTF8).ToAction();
}
