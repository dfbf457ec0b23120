using System.Text.Json;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Auth;
using Groupement.Functions.Http;
using Groupement.Functions.Orchestrations;

namespace Groupement.Functions.Features.Review;

public sealed record ReviewRequest(string? Decision, string? Comment, bool? OverrideFindings);

/// <summary>The coordinator's decision on an adhésion (approve, reject, request changes with a comment), and closing one that will not go further.</summary>
public static class ReviewHandler
{
    internal static async Task<IResult> ReviewAsync(string aid, HttpContext http, Access access, BoundSignals signals)
    {
        var adhesion = await access.AdhesionAsync(http, aid, memberAllowed: false);
        var body = await Problems.ReadJsonAsync<ReviewRequest>(http.Request);
        if (!ReviewDecisions.TryParse(body.Decision, out _))
            throw ApiProblemException.Field("INVALID_DECISION", "decision", "La décision doit être approve, reject ou request-changes.");
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Review, adhesion) with
        {
            Decision = body.Decision, Comment = body.Comment, OverrideFindings = body.OverrideFindings ?? false,
        }, http.RequestAborted);
    }

    internal static async Task<IResult> CloseAsync(string aid, HttpContext http, Access access, BoundSignals signals)
    {
        var adhesion = await access.AdhesionAsync(http, aid, memberAllowed: false);
        var body = await Problems.ReadJsonAsync<ReasonRequest>(http.Request);
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Close, adhesion) with { Reason = body.Reason }, http.RequestAborted);
    }
}
