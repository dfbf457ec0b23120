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
}

/// <summary>An adhésion opened by an authorised caller.</summary>
public sealed record AdhesionAccess(AdhesionRecord Record, GroupementRecord Groupement, CallerRole Role)
{
    public AdhesionView View => Record.View;

    /// <summary>The actor name written in the history.</summary>
    public string Actor => Role switch
    {
        CallerRole.Admin => "admin",
        CallerRole.Coordinator => "coordinator",
        _ => "member",
    };
}

/// <summary>
/// Resolves bearer credentials against the resource: the admin key, a groupement's coordinator key, or an adhésion's
/// member token (only hashes are stored; comparisons are constant-time). A caller that may not see a resource gets the
/// same 404 as for one that does not exist.
/// </summary>
public sealed class Access(GroupementStore groupements, AdhesionStore adhesions, HostSettings settings)
{
    public bool IsAdmin(string? token) => BearerToken.SecretEquals(token, settings.AdminKey);

    /// <summary>Throws 401 unless the request carries the admin key.</summary>
    public void RequireAdmin(HttpContext http)
    {
        if (!IsAdmin(BearerToken.Read(http))) throw ApiProblemException.Unauthorized("Cette opération demande la clé d'administration.");
    }

    /// <summary>The groupement, for its coordinator (or the admin).</summary>
    public async Task<(GroupementRecord Groupement, CallerRole Role)> GroupementAsync(HttpContext http, string groupementId)
    {
        var token = BearerToken.Read(http) ?? throw ApiProblemException.Unauthorized();
        var groupement = await groupements.GetAsync(groupementId, http.RequestAborted);
        if (groupement is not null && IsAdmin(token)) return (groupement, CallerRole.Admin);
        if (groupement is not null && SecretHasher.Verify(token, groupement.CoordinatorKeyHash)) return (groupement, CallerRole.Coordinator);
        throw GroupementNotFound(groupementId);
    }

    /// <summary>The adhésion, for the coordinator of its groupement, the admin, or (when allowed) its member.</summary>
    public async Task<AdhesionAccess> AdhesionAsync(HttpContext http, string adhesionId, bool memberAllowed = true)
    {
        var token = BearerToken.Read(http) ?? throw ApiProblemException.Unauthorized();
        var record = await adhesions.GetAsync(adhesionId, http.RequestAborted) ?? throw AdhesionNotFound(adhesionId);
        var groupement = await groupements.GetAsync(record.View.GroupementId, http.RequestAborted) ?? throw AdhesionNotFound(adhesionId);
        if (IsAdmin(token)) return new(record, groupement, CallerRole.Admin);
        if (SecretHasher.Verify(token, groupement.CoordinatorKeyHash)) return new(record, groupement, CallerRole.Coordinator);
        var owner = await adhesions.FindByMemberTokenHashAsync(SecretHasher.Hash(token), http.RequestAborted);
        if (owner?.AdhesionId != adhesionId) throw AdhesionNotFound(adhesionId);
        if (!memberAllowed)
            throw ApiProblemException.Forbidden("Cette action est réservée au coordinateur du groupement.");
        return new(record, groupement, CallerRole.Member);
    }

    public static ApiProblemException GroupementNotFound(string id) =>
        ApiProblemException.NotFound("GROUPEMENT_NOT_FOUND", $"Aucun groupement « {id} » accessible avec cette clé.");

    public static ApiProblemException AdhesionNotFound(string id) =>
        ApiProblemException.NotFound("ADHESION_NOT_FOUND", $"Aucune adhésion « {id} » accessible avec ce jeton.");
}
