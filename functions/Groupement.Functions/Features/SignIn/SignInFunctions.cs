using Groupement.Functions.Auth;
using Groupement.Functions.Email;
using Groupement.Functions.Functions;
using Groupement.Functions.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Features.SignIn;

/// <summary>Staff sign-in: a single-use link by email, exchanged for a session cookie; the current session; sign-out.</summary>
public sealed class SignInFunctions(Access access, StaffStore staff, SignInStore signIn, GroupementStore groupements,
    NotificationSender sender, SignInRateLimiter limiter, SignInSettings settings, TimeProvider time, ILogger<SignInFunctions> logger)
{
    [Function("RequestSignInLink")]
    public Task<IActionResult> RequestLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/auth/links")] HttpRequest req) =>
        SignInHandler.RequestLinkAsync(req.HttpContext, staff, signIn, groupements, sender, limiter, time, logger).ToAction();

    [Function("OpenSession")]
    public Task<IActionResult> Open(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/auth/sessions")] HttpRequest req) =>
        SignInHandler.OpenSessionAsync(req.HttpContext, access, staff, signIn, settings, time).ToAction();

    [Function("GetCurrentSession")]
    public Task<IActionResult> Current(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/auth/sessions/current")] HttpRequest req) =>
        SignInHandler.CurrentAsync(req.HttpContext, access, signIn).ToAction();

    [Function("EndSession")]
    public Task<IActionResult> End(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/auth/sessions/current")] HttpRequest req) =>
        SignInHandler.EndAsync(req.HttpContext, access, signIn).ToAction();
}
