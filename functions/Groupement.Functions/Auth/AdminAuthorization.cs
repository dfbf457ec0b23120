using Groupement.Functions.Hosting;
using Groupement.Functions.Http;

namespace Groupement.Functions.Auth;

/// <summary>Endpoint filter and check for routes reserved to the admin key.</summary>
public static class AdminAuthorization
{
    /// <summary>True when the request carries the admin key.</summary>
    public static bool IsAdmin(HttpContext context) =>
        BearerToken.SecretEquals(BearerToken.Read(context), context.RequestServices.GetRequiredService<HostSettings>().AdminKey);

    /// <summary>Throws 401 unless the request carries the admin key.</summary>
    public static void RequireAdmin(HttpContext context)
    {
        if (!IsAdmin(context)) throw ApiProblemException.Unauthorized("Cette opération demande la clé d'administration.");
    }

    /// <summary>Adds the admin check to an endpoint.</summary>
    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((ctx, next) =>
        {
            RequireAdmin(ctx.HttpContext);
            return next(ctx);
        });
}
