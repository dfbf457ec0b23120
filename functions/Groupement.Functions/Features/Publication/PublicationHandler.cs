using System.Text.Json;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Auth;
using Groupement.Functions.Http;
using Groupement.Functions.Orchestrations;

namespace Groupement.Functions.Features.Publication;

public sealed record PublicationRequest(DateOnly? PublishedOn, string? Mode, string? Url);

/// <summary>The publication or display of the délibération (with the prefecture receipt, it makes the act executory).</summary>
public static class PublicationHandler
{
    internal static async Task<IResult> PublicationAsync(string aid, HttpContext http, Access access, BoundSignals signals)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var body = await Problems.ReadJsonAsync<PublicationRequest>(http.Request);
        var errors = new Dictionary<string, string[]>();
        if (body.PublishedOn is null) errors["publishedOn"] = ["La date de publication ou d'affichage est obligatoire (aaaa-mm-jj)."];
        if (!PublicationModes.IsKnown(body.Mode)) errors["mode"] = ["Le mode doit être « affichage » ou « publication-electronique »."];
        if (body.Url is { Length: > 0 } u && !(Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            errors["url"] = ["L'adresse de publication doit être une URL http(s) complète."];
        if (errors.Count > 0) throw ApiProblemException.Validation("VALIDATION_FAILED", errors);
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Publication, adhesion) with
        {
            PublishedOn = body.PublishedOn, Mode = body.Mode, Url = body.Url,
        }, http.RequestAborted);
    }
}
