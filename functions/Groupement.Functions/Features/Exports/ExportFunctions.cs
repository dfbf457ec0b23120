using Groupement.Functions.Auth;
using Groupement.Functions.Exports;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Exports;

/// <summary>Exports of a groupement's members and a member's attestation.</summary>
public sealed class ExportFunctions(Access access, AdhesionStore adhesions, TimeProvider time)
{
    [Function("MembersCsv")]
    [ApiOperation("Enrolled members and their needs, CSV.", Access = "coordinator", Produces = "text/csv")]
    public Task<IActionResult> MembersCsvExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/members.csv")] HttpRequest req, string gid) =>
        ExportsHandler.ExportAsync(gid, req.HttpContext, access, adhesions, MembersCsv.Render, "text/csv; charset=utf-8", "membres.csv").ToAction();

    [Function("MembersXlsx")]
    [ApiOperation("Enrolled members and their needs, Excel.", Access = "coordinator", Produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public Task<IActionResult> MembersXlsxExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/groupements/{gid}/members.xlsx")] HttpRequest req, string gid) =>
        ExportsHandler.ExportAsync(gid, req.HttpContext, access, adhesions, MembersXlsx.Render,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "membres.xlsx").ToAction();

    [Function("Attestation")]
    [ApiOperation("The membership attestation of an enrolled member.", Access = "coordinator, member", Produces = "application/pdf")]
    public Task<IActionResult> Attestation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/adhesions/{aid}/attestation.pdf")] HttpRequest req, string aid) =>
        ExportsHandler.AttestationAsync(aid, req.HttpContext, access, time).ToAction();
}
