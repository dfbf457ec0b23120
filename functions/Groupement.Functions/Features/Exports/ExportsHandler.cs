using Groupement.Domain.Adhesions;
using Groupement.Domain.Time;
using Groupement.Functions.Auth;
using Groupement.Functions.Exports;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Exports;

/// <summary>The enrolled members as CSV or XLSX (coordinator), and the attestation of membership (member or coordinator).</summary>
public static class ExportsHandler
{

    internal static async Task<IResult> ExportAsync(string gid, HttpContext http, Access access, AdhesionStore adhesions,
        Func<IEnumerable<EnrolledMember>, byte[]> render, string contentType, string fileName)
    {
        await access.GroupementAsync(http, gid);
        var members = new List<EnrolledMember>();
        foreach (var summary in await adhesions.ListAsync(gid, AdhesionStatus.Enrolled, http.RequestAborted))
            if (await adhesions.GetViewAsync(summary.Id, http.RequestAborted) is { } view) members.Add(EnrolledMember.From(view));
        return Results.File(render(members), contentType, fileName);
    }

    internal static async Task<IResult> AttestationAsync(string aid, HttpContext http, Access access, TimeProvider time)
    {
        var a = await access.AdhesionAsync(http, aid);
        if (a.View.Status != AdhesionStatus.Enrolled || a.View.ExecutoryOn is not { } executory)
            throw ApiProblemException.Conflict("NOT_ENROLLED", $"L'attestation n'existe qu'une fois l'adhésion effective (statut actuel : {a.View.Status}).");
        var pdf = AttestationPdf.Render(new AttestationData(a.View.Id, a.Groupement.Name, a.Groupement.Coordinator.Name, a.View.Member,
            a.View.Needs, executory, a.View.Prefecture?.ActId, Paris.ToCivilDay(time.GetUtcNow())) { Reference = a.View.Reference });
        return Results.File(pdf, "application/pdf", "attestation-adhesion.pdf");
    }
}
