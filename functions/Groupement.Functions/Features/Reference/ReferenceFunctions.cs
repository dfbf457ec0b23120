using Groupement.Functions.Features.Analysis;
using Groupement.Functions.Functions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Features.Reference;

/// <summary>Reference data the console picks from.</summary>
public sealed class ReferenceFunctions(ReferenceDataProvider reference)
{
    [Function("DepartementCollectivites")]
    public IActionResult Collectivites(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reference/departements/{code}/collectivites")] HttpRequest req, string code) =>
        CollectivitesHandler.List(code, req, reference).ToAction();
}
