using Groupement.Functions.Hosting;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Auth;

/// <summary>Who is calling, relative to the resource asked for.</summary>
public enum CallerRole
{
    Admin,
    Coordinator,
    Member,
    /// <summary>A signed-in person of the groupement's staff (session cookie), acting as its coordinator within their role.</summary>
    Staff,
}

/// <summary>A signed-in person as one groupement knows them.</summary>
public sealed record StaffPerson(string Email, string Name, string Role);

/// <summary>An adhésion opened by an authorised caller.</summary>
public sealed record AdhesionAccess(AdhesionRecord Record, GroupementRecord Groupement, CallerRole Role, StaffPerson? Person = null)
{
    public AdhesionView View => Record.View;

    /// <summary>The actor name written in the history.</summary>
    public string Actor => ActorOf(Role, Person);

    /// <summary>The one rule for the history's <c>by</c>: a person by their email, a key by what it is.</summary>
    public static string ActorOf(CallerRole role, StaffPerson? person) => role switch
    {
        CallerRole.Admin => "admin",
        CallerRole.Coordinator => "coordinator",
        CallerRole.Staff => person?.Email ?? throw new InvalidOperationException("A staff caller has a person."),
        _ => "member",
    };
}

/// <summary>A groupement opened by an authorised caller.</summary>
public sealed record GroupementAccess(GroupementRecord Groupement, CallerRole Role, StaffPerson? Person = null)
{
    /// <summary>The actor name written in the history.</summary>
    public string Actor => AdhesionAccess.ActorOf(Role, Person);

    public void Deconstruct(out GroupementRecord groupement, out CallerRole role) => (groupement, role) = (Groupement, Role);
}

/// <summary>
/// Resolves credentials against the resource: the admin key, a groupement's coordinator key, an adhésion's member
/// token (bearer; only hashes are stored; comparisons are constant-time), or a staff session cookie. A caller that may
/// not see a resource gets the same 404 as for one that does not exist. The cookie is sent by the browser on its own,
/// so every state change it authenticates needs the session's <c>X-CSRF-Token</c>: checked here, before anything else,
/// for every route that asks Access, so no handler can forget it. A bearer key needs no CSRF token and wins over a cookie.
/// </summary>
public sealed class Access(GroupementStore groupements, AdhesionStore adhesions, StaffStore staff, SignInStore signIn,
    HostSettings settings, TimeProvider time)
{
    public bool IsAdmin(string? token) => BearerToken.SecretEquals(token, settings.AdminKey);

    /// <summary>Throws 401 unless the request carries the admin key (a session is never the admin).</summary>
    public void RequireAdmin(HttpContext http)
    {
        RequireCsrfHeader(http);
        if (!IsAdmin(BearerToken.Read(http))) throw ApiProblemException.Unauthorized("Cette opération demande la clé d'administration.");
    }

    /// <summary>The groupement, for its coordinator, the admin, or its staff with at least <paramref name="role"/>.</summary>
    public async Task<GroupementAccess> GroupementAsync(HttpContext http, string groupementId, string role = StaffRoles.Reviewer)
    {
        var token = BearerToken.Read(http);
        if (token is null)
        {
            var session = await SessionAsync(http) ?? throw ApiProblemException.Unauthorized();
            var (found, person) = await StaffGroupementAsync(session, groupementId, http.RequestAborted);
            if (found is null || person is null) throw GroupementNotFound(groupementId);
            if (!StaffRoles.Allows(person.Role, role)) throw RoleForbidden(role);
            return new(found, CallerRole.Staff, person);
        }
        var groupement = await groupements.GetAsync(groupementId, http.RequestAborted);
        if (groupement is not null && IsAdmin(token)) return new(groupement, CallerRole.Admin);
        if (groupement is not null && SecretHasher.Verify(token, groupement.CoordinatorKeyHash)) return new(groupement, CallerRole.Coordinator);
        throw GroupementNotFound(groupementId);
    }

    /// <summary>The adhésion, for the coordinator of its groupement, its staff, the admin, or (when allowed) its member.</summary>
    public async Task<AdhesionAccess> AdhesionAsync(HttpContext http, string adhesionId, bool memberAllowed = true)
    {
        var token = BearerToken.Read(http);
        var session = token is null ? await SessionAsync(http) ?? throw ApiProblemException.Unauthorized() : null;
        var record = await adhesions.GetAsync(adhesionId, http.RequestAborted) ?? throw AdhesionNotFound(adhesionId);
        if (session is not null)
        {
            var (found, person) = await StaffGroupementAsync(session, record.View.GroupementId, http.RequestAborted);
            return found is not null && person is not null ? new(record, found, CallerRole.Staff, person) : throw AdhesionNotFound(adhesionId);
        }
        var groupement = await groupements.GetAsync(record.View.GroupementId, http.RequestAborted) ?? throw AdhesionNotFound(adhesionId);
        if (IsAdmin(token)) return new(record, groupement, CallerRole.Admin);
        if (SecretHasher.Verify(token, groupement.CoordinatorKeyHash)) return new(record, groupement, CallerRole.Coordinator);
        var owner = await adhesions.FindByMemberTokenHashAsync(SecretHasher.Hash(token!), http.RequestAborted);
        if (owner?.AdhesionId != adhesionId) throw AdhesionNotFound(adhesionId);
        if (!memberAllowed)
            throw ApiProblemException.Forbidden("Cette action est réservée au coordinateur du groupement.");
        return new(record, groupement, CallerRole.Member);
    }

    /// <summary>
    /// The live session of the request's cookie (null without a cookie, or when a bearer key is given); 401 when it is
    /// unknown, ended or expired; 403 on a state change without the session's CSRF token.
    /// </summary>
    public async Task<(SessionRecord Session, string SessionId)?> CurrentSessionAsync(HttpContext http)
    {
        if (BearerToken.Read(http) is not null || SessionCookie.Read(http) is not { } id) return null;
        RequireCsrfHeader(http);
        var hash = SecretHasher.Hash(id);
        var session = await signIn.GetSessionAsync(hash, http.RequestAborted);
        if (session is null || session.ExpiresAt <= time.GetUtcNow())
        {
            if (session is not null) await signIn.DeleteSessionAsync(hash, http.RequestAborted);
            throw SessionInvalid();
        }
        if (SessionCookie.ChangesState(http.Request)
            && !SecretHasher.FixedTimeEquals(http.Request.Headers[SessionCookie.CsrfHeader].ToString(), SessionCookie.CsrfFor(id)))
            throw new ApiProblemException(403, "CSRF_TOKEN_INVALID", "Accès refusé.",
                "Le jeton anti-falsification (en-tête X-CSRF-Token) ne correspond pas à votre session ; rechargez la page.");
        return (session, id);
    }

    /// <summary>The groupements the session still reaches, with the person as each knows them.</summary>
    public async Task<IReadOnlyList<(GroupementRecord Groupement, StaffPerson Person)>> SessionGroupementsAsync(SessionRecord session, CancellationToken ct)
    {
        var list = new List<(GroupementRecord, StaffPerson)>();
        foreach (var row in await staff.FindAllByEmailAsync(session.Email, ct))
            if (session.StaffIds.Contains(row.Id) && await groupements.GetAsync(row.GroupementId, ct) is { } g)
                list.Add((g, new StaffPerson(row.Email, row.Name, row.Role)));
        return list;
    }

    private async Task<SessionRecord?> SessionAsync(HttpContext http) => (await CurrentSessionAsync(http))?.Session;

    private async Task<(GroupementRecord?, StaffPerson?)> StaffGroupementAsync(SessionRecord session, string groupementId, CancellationToken ct)
    {
        var row = await staff.FindByEmailAsync(groupementId, session.Email, ct);
        if (row is null || !session.StaffIds.Contains(row.Id)) return (null, null);
        var groupement = await groupements.GetAsync(groupementId, ct);
        return (groupement, new StaffPerson(row.Email, row.Name, row.Role));
    }

    /// <summary>A state change carried by the cookie alone, without any CSRF header, is refused before anything is read.</summary>
    private static void RequireCsrfHeader(HttpContext http)
    {
        if (BearerToken.Read(http) is null && SessionCookie.Read(http) is not null && SessionCookie.ChangesState(http.Request)
            && string.IsNullOrWhiteSpace(http.Request.Headers[SessionCookie.CsrfHeader].ToString()))
            throw new ApiProblemException(403, "CSRF_TOKEN_MISSING", "Accès refusé.",
                "Cette action demande le jeton anti-falsification de votre session (en-tête X-CSRF-Token).");
    }

    public static ApiProblemException SessionInvalid() => new(401, "SESSION_INVALID", "Authentification requise.",
        "Votre session a expiré ou a été fermée ; reconnectez-vous avec un nouveau lien.");

    public static ApiProblemException RoleForbidden(string role) => new(403, "ROLE_FORBIDDEN", "Accès refusé.",
        $"Cette action est réservée aux {StaffRoles.Label(role)}s du groupement.");

    public static ApiProblemException GroupementNotFound(string id) =>
        ApiProblemException.NotFound("GROUPEMENT_NOT_FOUND", $"Aucun groupement « {id} » accessible avec cette clé.");

    public static ApiProblemException AdhesionNotFound(string id) =>
        ApiProblemException.NotFound("ADHESION_NOT_FOUND", $"Aucune adhésion « {id} » accessible avec ce jeton.");
}
