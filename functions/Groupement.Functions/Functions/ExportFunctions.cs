using Groupement.Functions.Analysis;
using Groupement.Functions.Auth;
using Groupement.Functions.Exports;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Functions;

/// <summary>Exports of a groupement's members, a member's attestation, and the délibération analysis on demand.</summary>
public sealed class ExportFunctions(Access access, AdhesionStore adhesions, DeliberationAnalysisService analysis, TimeProvider time)
{
    [Function("MembersCsv")]
    public Task<IActionResult> MembersCsvExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/members.csv")] HttpRequest req, string gid) =>
        ExportsApi.ExportAsync(gid, req.HttpContext, access, adhesions, MembersCsv.Render, "text/csv; charset=utf-8", "membres.csv").ToAction();

    [Function("MembersXlsx")]
    public Task<IActionResult> MembersXlsxExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/members.xlsx")] HttpRequest req, string gid) =>
        ExportsApi.ExportAsync(gid, req.HttpContext, access, adhesions, MembersXlsx.Render,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "membres.xlsx").ToAction();

    [Function("Attestation")]
    public Task<IActionResult> Attestation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/adhesions/{aid}/attestation.pdf")] HttpRequest req, string aid) =>
        ExportsApi.AttestationAsync(aid, req.HttpContext, access, time).ToAction();

    [Function("AnalyzeDeliberation")]
    public Task<IActionResult> Analyze(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/deliberations/analyze")] HttpRequest req) =>
        DeliberationsApi.AnalyzeAsync(req.HttpContext, req.Query["siren"], req.Query["population"], req.Query["groupementId"], access, analysis).ToAction();
}
