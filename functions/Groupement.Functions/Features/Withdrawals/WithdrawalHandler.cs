using System.Text.Json;
using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Groupement.Functions.Auth;
using Groupement.Functions.Http;
using Groupement.Functions.Orchestrations;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Features.Withdrawals;

/// <summary>A member withdraws: an application at any time, an enrolled member only inside the withdrawal window.</summary>
public static class WithdrawalHandler
{
    internal static async Task<IResult> WithdrawalAsync(string aid, HttpContext http, Access access, BoundSignals signals, TimeProvider time)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var body = http.Request.HasJsonContentType() ? await Problems.ReadJsonAsync<ReasonRequest>(http.Request) : new ReasonRequest(null);
        if (adhesion.View.Status == AdhesionStatus.Enrolled && Withdrawal.Decide(adhesion.Groupement.Calendar(), time.GetUtcNow()) is { Allowed: false } refusal)
            throw ApiProblemException.Unprocessable(Withdrawal.WindowClosedCode, refusal.Message);
        return await signals.SendAsync(adhesion, AdhesionSignals.New(SignalTypes.Withdrawal, adhesion) with { Reason = body.Reason }, http.RequestAborted);
    }
}
