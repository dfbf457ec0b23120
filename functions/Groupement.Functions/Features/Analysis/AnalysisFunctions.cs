using Groupement.Functions.Auth;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Analysis;

/// <summary>The délibération analysis on demand (the coordinator or the admin).</summary>
public sealed class AnalysisFunctions(Access access, DeliberationAnalysisService analysis)
{
    [Function("AnalyzeDeliberation")]
    [ApiOperation("Analyses a délibération (PDF or text) against the law.", Access = "coordinator, admin", Consumes = ["application/pdf", "text/plain"])]
    [ApiQuery("siren", "The SIREN of the deliberating body.")]
    [ApiQuery("population", "Its population (convocation delays).")]
    [ApiQuery("groupementId", "The groupement the délibération should concern.")]
    public Task<IActionResult> Analyze(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/deliberations/analyze")] HttpRequest req) =>
        AnalyzeDeliberationHandler.AnalyzeAsync(req.HttpContext, req.Query["siren"], req.Query["population"], req.Query["groupementId"], access, analysis).ToAction();
}
