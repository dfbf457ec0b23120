using Groupement.Functions.Auth;
using Groupement.Functions.Exports;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Features.Exports;

/// <summary>Exports of a groupement's members and a member's attestation.</summary>
public sealed class ExportFunctions(Access access, AdhesionStore adhesions, TimeProvider time)
{
    [Function("MembersCsv")]
    public Task<IActionResult> MembersCsvExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/members.csv")] HttpRequest req, string gid) =>
        ExportsHandler.ExportAsync(gid, req.HttpContext, access, adhesions, MembersCsv.Render, "text/csv; charset=utf-8", "membres.csv").ToAction();

    [Function("MembersXlsx")]
    public Task<IActionResult> MembersXlsxExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/members.xlsx")] HttpRequest req, string gid) =>
        ExportsHandler.ExportAsync(gid, req.HttpContext, access, adhesions, MembersXlsx.Render,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "membres.xlsx").ToAction();

    [Function("Attestation")]
    public Task<IActionResult> Attestation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/adhesions/{aid}/attestation.pdf")] HttpRequest req, string aid) =>
        ExportsHandler.AttestationAsync(aid, req.HttpContext, access, time).ToAction();
}
