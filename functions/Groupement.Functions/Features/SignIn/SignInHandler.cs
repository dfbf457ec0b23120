using System.Diagnostics;
using Groupement.Domain.Adhesions;
using Groupement.Functions.Auth;
using Groupement.Functions.Email;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.SignIn;

public sealed record LinkRequest(string? Email);

public sealed record SessionRequest(string? Token);

public sealed record SessionGroupement(string Id, string Name, string Role);

public sealed record SessionResponse(string Name, string Email, IReadOnlyList<SessionGroupement> Groupements, string CsrfToken);

/// <summary>
/// <c>/api/auth/*</c>. A link request answers 202 with the same body whatever the address, after at least
/// <see cref="MinimumLinkAnswer"/>, so neither the answer nor its timing tells who is staff. The link's token (256
/// random bits) is in the email only; its hash is stored with a 15-minute expiry and is used once.
/// </summary>
public static partial class SignInHandler
{
    /// <summary>The least time a link request takes, known address or not (the lookup, the token and the email fit in it).</summary>
    internal static readonly TimeSpan MinimumLinkAnswer = TimeSpan.FromMilliseconds(400);

    private static readonly object LinkAnswer = new
    {
        message = "Si cette adresse appartient à l'équipe d'un groupement, un lien de connexion valable 15 minutes vient de lui être envoyé.",
    };

    internal static async Task<IResult> RequestLinkAsync(HttpContext http, StaffStore staff, SignInStore signIn, GroupementStore groupements,
        NotificationSender sender, SignInRateLimiter limiter, TimeProvider time, ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await Problems.ReadJsonAsync<LinkRequest>(http.Request);
        if (!AdhesionInputValidator.IsEmail(body.Email))
            throw ApiProblemException.Field("VALIDATION_FAILED", "email", "L'adresse électronique n'est pas valide.");
        var email = StaffStore.NormalizeEmail(body.Email!);
        await limiter.AcquireAsync(http, email);
        var rows = await staff.FindAllByEmailAsync(email, http.RequestAborted);
        if (rows.Count > 0) await SendLinkAsync(email, rows, signIn, groupements, sender, time, logger, http.RequestAborted);
        var left = MinimumLinkAnswer - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero) await Task.Delay(left, http.RequestAborted);
        return Results.Accepted(value: LinkAnswer);
    }

    internal static async Task<IResult> OpenSessionAsync(HttpContext http, Access access, StaffStore staff, SignInStore signIn,
        SignInSettings settings, TimeProvider time)
    {
        var body = await Problems.ReadJsonAsync<SessionRequest>(http.Request);
        if (string.IsNullOrWhiteSpace(body.Token) || body.Token.Length > 256) throw LinkInvalid();
        var now = time.GetUtcNow();
        var email = await signIn.ConsumeLinkAsync(SecretHasher.Hash(body.Token.Trim()), now, http.RequestAborted) ?? throw LinkInvalid();
        var rows = await staff.FindAllByEmailAsync(email, http.RequestAborted);
        if (rows.Count == 0) throw LinkInvalid();
        var id = SecretHasher.NewToken();
        var session = new SessionRecord(email, rows.MaxBy(r => r.AddedAt)!.Name, [.. rows.Select(r => r.Id)], now, now + settings.SessionLifetime);
        await signIn.CreateSessionAsync(SecretHasher.Hash(id), session, http.RequestAborted);
        var described = await DescribeAsync(access, session, id, http.RequestAborted);
        SessionCookie.Write(http, id, settings.SessionLifetime);
        return Results.Ok(described);
    }

    internal static async Task<IResult> CurrentAsync(HttpContext http, Access access, SignInStore signIn)
    {
        var (session, id) = await access.CurrentSessionAsync(http) ?? throw NoSession();
        var described = await DescribeAsync(access, session, id, http.RequestAborted);
        if (described.Groupements.Count > 0) return Results.Ok(described);
        // Removed from every groupement it was opened for: the session can do nothing, so it ends.
        await signIn.DeleteSessionAsync(SecretHasher.Hash(id), http.RequestAborted);
        SessionCookie.Clear(http);
        var problem = Access.SessionInvalid();
        problem.Headers["Set-Cookie"] = http.Response.Headers.SetCookie.ToString();
        throw problem;
    }

    internal static async Task<IResult> EndAsync(HttpContext http, Access access, SignInStore signIn)
    {
        var (_, id) = await access.CurrentSessionAsync(http) ?? throw NoSession();
        await signIn.DeleteSessionAsync(SecretHasher.Hash(id), http.RequestAborted);
        SessionCookie.Clear(http);
        return Results.NoContent();
    }

    private static async Task SendLinkAsync(string email, IReadOnlyList<StaffRecord> rows, SignInStore signIn, GroupementStore groupements,
        NotificationSender sender, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        var token = SecretHasher.NewToken();
        await signIn.AddLinkAsync(SecretHasher.Hash(token), email, time.GetUtcNow() + SignInSettings.LinkLifetime, ct);
        var names = new List<string>();
        foreach (var row in rows)
            if (await groupements.GetAsync(row.GroupementId, ct) is { } g) names.Add(g.Name);
        var link = NotificationComposer.Link(sender.PublicBaseUrl, "/connexion#jeton=" + token);
        var model = new NotificationModel(Domain.Notifications.NotificationKinds.SignIn, new EmailAddress(email, rows.MaxBy(r => r.AddedAt)!.Name),
            string.Join(" », « ", names.Order(StringComparer.CurrentCulture)), link);
        try
        {
            // The key names the request, never the token: keys reach logs and file names.
            await sender.SendOnceAsync("staff:" + SecretHasher.Hash(email)[..32], "sign-in:" + Guid.NewGuid().ToString("N"), model, null, ct);
        }
        catch (EmailSendException e)
        {
            LogLinkNotSent(logger, e.Message);
        }
    }

    private static async Task<SessionResponse> DescribeAsync(Access access, SessionRecord session, string id, CancellationToken ct)
    {
        var reach = await access.SessionGroupementsAsync(session, ct);
        return new SessionResponse(session.Name, session.Email,
            [.. reach.Select(r => new SessionGroupement(r.Groupement.Id, r.Groupement.Name, r.Person.Role)).OrderBy(g => g.Name, StringComparer.CurrentCulture)],
            SessionCookie.CsrfFor(id));
    }

    private static ApiProblemException LinkInvalid() => new(401, "SIGN_IN_LINK_INVALID", "Lien de connexion non valable.",
        "Ce lien de connexion n'est plus valable : il a déjà servi, il a expiré (15 minutes) ou il n'existe pas. Demandez un nouveau lien.");

    private static ApiProblemException NoSession() =>
        ApiProblemException.Unauthorized("Aucune session : connectez-vous avec le lien reçu par courriel.");

    [LoggerMessage(EventId = 4300, Level = LogLevel.Warning, Message = "A sign-in link could not be emailed: {Reason}")]
    private static partial void LogLinkNotSent(ILogger logger, string reason);
}
