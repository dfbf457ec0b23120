using Groupement.Domain.Dossiers;
using Groupement.Functions.Features.Analysis;
using Groupement.Functions.Http;

namespace Groupement.Functions.Features.Reference;

/// <summary>One commune or EPCI to pick for an invitation; SIREN filled in from the reference data.</summary>
public sealed record CollectiviteItem(string Siren, string Name, string? InseeCode, string Kind, int? Population);

/// <summary>
/// <c>GET /api/reference/departements/{code}/collectivites?type=commune|epci</c>: the communes (with their INSEE code)
/// and the EPCI of a département from <c>@etalab/decoupage-administratif</c>, so the console can invite them without
/// typing a SIREN. Public data: no key needed.
/// </summary>
public static class CollectivitesHandler
{
    internal static IResult List(string code, HttpRequest request, ReferenceDataProvider reference)
    {
        var departement = code.Trim().ToUpperInvariant();
        if (!Departements.IsValidCode(departement))
            throw ApiProblemException.Field("INVALID_DEPARTEMENT", "code", $"Code de département inconnu « {code} » (deux chiffres, 2A, 2B ou 97x).");
        var type = request.Query["type"].ToString().Trim().ToLowerInvariant();
        if (type is not ("" or "commune" or "epci"))
            throw ApiProblemException.Field("INVALID_TYPE", "type", $"Type inconnu « {type} » (valeurs : commune, epci).");
        var data = reference.Data ?? throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, "REFERENCE_DATA_UNAVAILABLE",
            "Service indisponible.", "Le référentiel des communes et EPCI n'est pas chargé sur ce serveur.");
        var items = new List<CollectiviteItem>();
        if (type is "" or "commune")
            items.AddRange(data.CommunesIn(departement).Where(c => c.Siren is not null)
                .Select(c => new CollectiviteItem(c.Siren!, c.Name, c.InseeCode, "commune", c.Population?.Value)));
        if (type is "" or "epci")
            items.AddRange(data.EpcisIn(departement).Select(e => new CollectiviteItem(e.Siren, e.Name, null, "epci", e.PopulationTotale ?? e.PopulationMunicipale)));
        if (items.Count == 0 && data.CommunesIn(departement).Count == 0)
            throw ApiProblemException.NotFound("DEPARTEMENT_NOT_FOUND", $"Aucun département « {departement} » dans le référentiel.");
        return Results.Ok(items);
    }
}
