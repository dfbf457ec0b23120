using System.Text;
using Groupement.Domain.Deliberations;
using Groupement.Functions.Auth;
using Groupement.Functions.Features.Analysis;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Analysis;

/// <summary><c>POST /api/deliberations/analyze</c>: the analysis of one délibération, PDF or text, without an adhésion.</summary>
public static class AnalyzeDeliberationHandler
{
    private const int MaxBytes = 20 * 1024 * 1024;


    internal static async Task<IResult> AnalyzeAsync(HttpContext http, string? siren, string? population, string? groupementId,
        Access access, DeliberationAnalysisService analysis)
    {
        GroupementRecord? groupement = null;
        if (!string.IsNullOrEmpty(groupementId)) (groupement, _) = await access.GroupementAsync(http, groupementId);
        else if (!access.IsAdmin(BearerToken.Read(http)))
            throw ApiProblemException.Unauthorized("Donnez la clé d'administration, ou groupementId avec la clé du coordonnateur de ce groupement.");
        int? inhabitants = null;
        if (!string.IsNullOrEmpty(population))
            inhabitants = int.TryParse(population, out var p) && p >= 0 ? p
                : throw ApiProblemException.Field("INVALID_POPULATION", "population", "La population doit être un entier positif.");
        if (!string.IsNullOrEmpty(siren) && !Domain.Members.Siren.IsValid(siren))
            throw ApiProblemException.Field("INVALID_SIREN", "siren", Domain.Members.Siren.Check(siren).Message!);
        var type = http.Request.ContentType ?? "";
        var isPdf = type.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase);
        if (!isPdf && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            throw new ApiProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "Type de contenu non accepté.", "Envoyez la délibération en application/pdf ou text/plain.");
        var bytes = await RequestBodies.ReadLimitedAsync(http.Request, MaxBytes, "DOCUMENT_TOO_LARGE", "La délibération dépasse 20 Mo.");
        if (bytes.Length == 0) throw ApiProblemException.Field("DOCUMENT_MISSING", "body", "Le corps de la requête est vide.");
        if (isPdf && !bytes.AsSpan().StartsWith("%PDF-"u8))
            throw new ApiProblemException(415, "DOCUMENT_NOT_PDF", "Document refusé.", "Le fichier n'est pas un PDF.");
        var context = new DeliberationContext
        {
            MemberSiren = Domain.Members.Siren.Normalize(siren), Population = inhabitants,
            GroupementName = groupement?.Name, Keywords = groupement?.Keywords ?? [], JoinDeadline = groupement?.JoinDeadline,
        };
        try
        {
            var result = analysis.Analyze(isPdf ? bytes : null, isPdf ? null : Encoding.UTF8.GetString(bytes), context);
            return Results.Text(result.ToJson(), "application/json; charset=utf-8");
        }
        catch (UnreadableDocumentException e)
        {
            throw new ApiProblemException(422, e.Code, "Document illisible.", e.Message);
        }
    }
}
