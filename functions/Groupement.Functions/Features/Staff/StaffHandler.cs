using Groupement.Domain.Adhesions;
using Groupement.Functions.Auth;
using Groupement.Functions.Http;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Staff;

public sealed record StaffRequest(string? Name, string? Email, string? Role);

public sealed record StaffResponse(string Id, string Name, string Email, string Role);

/// <summary>
/// <c>/api/groupements/{gid}/staff</c>: the admin key or a manager of the groupement (by session) adds, lists and
/// removes the people who sign in to its console. Removing a person ends what their sessions could do there at once.
/// </summary>
public static class StaffHandler
{
    internal static async Task<IResult> AddAsync(string gid, HttpContext http, Access access, StaffStore staff, TimeProvider time)
    {
        await RequireStaffManagerAsync(http, gid, access);
        var body = await Problems.ReadJsonAsync<StaffRequest>(http.Request);
        Validate(body);
        var record = new StaffRecord(Guid.NewGuid().ToString("N"), gid, body.Name!.Trim(), StaffStore.NormalizeEmail(body.Email!),
            body.Role!, time.GetUtcNow());
        try
        {
            await staff.AddAsync(record, http.RequestAborted);
        }
        catch (EntityAlreadyExistsException)
        {
            throw ApiProblemException.Conflict("STAFF_ALREADY_EXISTS", $"L'adresse « {record.Email} » fait déjà partie de l'équipe de ce groupement.");
        }
        return Results.Created($"/api/groupements/{gid}/staff/{record.Id}", Describe(record));
    }

    internal static async Task<IResult> ListAsync(string gid, HttpContext http, Access access, StaffStore staff)
    {
        await RequireStaffManagerAsync(http, gid, access);
        return Results.Ok((await staff.ListAsync(gid, http.RequestAborted)).Select(Describe).ToList());
    }

    internal static async Task<IResult> RemoveAsync(string gid, string id, HttpContext http, Access access, StaffStore staff)
    {
        await RequireStaffManagerAsync(http, gid, access);
        return await staff.RemoveAsync(gid, id, http.RequestAborted) ? Results.NoContent()
            : throw ApiProblemException.NotFound("STAFF_NOT_FOUND", $"Aucune personne « {id} » dans l'équipe de ce groupement.");
    }

    /// <summary>The admin or a manager; the coordinator key is for automation and does not manage people.</summary>
    private static async Task RequireStaffManagerAsync(HttpContext http, string gid, Access access)
    {
        var caller = await access.GroupementAsync(http, gid, StaffRoles.Manager);
        if (caller.Role == CallerRole.Coordinator)
            throw new ApiProblemException(403, "ROLE_FORBIDDEN", "Accès refusé.",
                "L'équipe d'un groupement est gérée avec la clé d'administration ou par un gestionnaire connecté, pas avec la clé du coordonnateur.");
    }

    private static StaffResponse Describe(StaffRecord s) => new(s.Id, s.Name, s.Email, s.Role);

    private static void Validate(StaffRequest b)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(b.Name)) errors["name"] = ["Le nom de la personne est obligatoire."];
        else if (b.Name.Trim().Length > 200) errors["name"] = ["Le nom ne doit pas dépasser 200 caractères."];
        if (!AdhesionInputValidator.IsEmail(b.Email)) errors["email"] = ["L'adresse électronique n'est pas valide."];
        if (!StaffRoles.IsKnown(b.Role)) errors["role"] = ["Le rôle doit être « manager » (gestionnaire) ou « reviewer » (instructeur)."];
        if (errors.Count > 0) throw ApiProblemException.Validation("VALIDATION_FAILED", errors);
    }
}
