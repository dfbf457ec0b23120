using Groupement.Functions.Auth;
using Groupement.Functions.Functions;
using Groupement.Functions.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Groupement.Functions.Http.OpenApi;

namespace Groupement.Functions.Features.Withdrawals;

/// <summary>A member's withdrawal.</summary>
public sealed class WithdrawalFunctions(Access access, AdhesionSignals signals, TimeProvider time)
{
    [Function("Withdrawal")]
    [ApiOperation("The member withdraws, inside the withdrawal window.", Access = "member", Status = 202)]
    public Task<IActionResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/adhesions/{aid}/withdrawal")] HttpRequest req, string aid,
        [DurableClient] DurableTaskClient durable) =>
        WithdrawalHandler.WithdrawalAsync(aid, req.HttpContext, access, signals.With(durable), time).ToAction();
}
