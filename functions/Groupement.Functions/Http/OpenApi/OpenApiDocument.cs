using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace Groupement.Functions.Http.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the app, built from its code: every <c>[Function]</c> method with an
/// <see cref="HttpTriggerAttribute"/> is an operation (route, methods, path parameters), described further by
/// <see cref="ApiOperationAttribute"/> and <see cref="ApiQueryAttribute"/> when present. A function added anywhere in
/// the assembly appears without another edit. Errors are RFC 9457 problem+json (<c>#/components/schemas/Problem</c>).
/// </summary>
public static partial class OpenApiDocument
{
    /// <summary>One documented operation.</summary>
    public sealed record Operation(string Method, string Path, string OperationId, string Tag, ApiOperationAttribute? Info,
        IReadOnlyList<ApiQueryAttribute> Query);

    /// <summary>The route of the Functions host's admin API that runs a timer function (not a [Function] of the app).</summary>
    private static readonly Operation AdminRun = new("POST", "/admin/functions/{name}", "RunFunction", "Admin",
        new ApiOperationAttribute("Runs a timer function now (DeadlineReminders). In Azure the Functions host serves it (master key); locally, the local host with the admin key.")
        { Access = "admin", Status = 202, Consumes = ["application/json"] }, []);

    /// <summary>Every HTTP operation of <paramref name="assembly"/> (the app's by default), sorted by path then method.</summary>
    public static IReadOnlyList<Operation> Operations(Assembly? assembly = null)
    {
        var list = new List<Operation>();
        foreach (var type in (assembly ?? typeof(OpenApiDocument).Assembly).GetTypes())
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function) continue;
            var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null);
            if (trigger is null) continue;
            var path = "/" + ConstraintPattern().Replace(trigger.Route ?? function.Name, "{$1}").TrimStart('/');
            var tag = type.Name.EndsWith("Functions", StringComparison.Ordinal) ? type.Name[..^"Functions".Length] : type.Name;
            foreach (var verb in trigger.Methods ?? ["get", "post"])
                list.Add(new(verb.ToUpperInvariant(), path, function.Name, tag, method.GetCustomAttribute<ApiOperationAttribute>(),
                    [.. method.GetCustomAttributes<ApiQueryAttribute>()]));
        }
        if (!list.Any(o => o.Path == AdminRun.Path)) list.Add(AdminRun);
        return [.. list.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }

    /// <summary>The document as JSON.</summary>
    public static JsonObject Build(Assembly? assembly = null)
    {
        var paths = new JsonObject();
        foreach (var group in Operations(assembly).GroupBy(o => o.Path))
        {
            var item = new JsonObject();
            foreach (var op in group)
                item[op.Method.ToLowerInvariant()] = Describe(op, group.Count() > 1);
            paths[group.Key] = item;
        }
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Groupement",
                ["version"] = "v1",
                ["description"] = "Membership workflow of French public purchasing consortia (groupements de commandes). Errors are RFC 9457 problem+json with a stable code.",
            },
            ["paths"] = paths,
            ["components"] = Components(),
        };
    }

    private static JsonObject Describe(Operation op, bool shared)
    {
        var info = op.Info;
        var operation = new JsonObject
        {
            ["operationId"] = shared ? op.OperationId + Pascal(op.Method) : op.OperationId,
            ["tags"] = new JsonArray(op.Tag),
        };
        if (info is not null) operation["summary"] = info.Summary;
        if (info?.Access is { } access) operation["x-access"] = access;
        if (info?.Access is not (null or "anyone" or "sendgrid"))
            operation["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }, new JsonObject { ["session"] = new JsonArray() });
        var parameters = new JsonArray();
        foreach (Match m in PathParameter().Matches(op.Path))
            parameters.Add(new JsonObject { ["name"] = m.Groups[1].Value, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        foreach (var q in op.Query)
            parameters.Add(new JsonObject { ["name"] = q.Name, ["in"] = "query", ["required"] = false, ["description"] = q.Description, ["schema"] = new JsonObject { ["type"] = "string" } });
        if (parameters.Count > 0) operation["parameters"] = parameters;
        if (info?.Consumes is { Length: > 0 } consumes)
        {
            var content = new JsonObject();
            foreach (var type in consumes) content[type] = new JsonObject { ["schema"] = new JsonObject() };
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = content };
        }
        var status = (info?.Status ?? 200).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var produces = info?.Produces ?? "application/json";
        var responses = new JsonObject
        {
            [info is null ? "2XX" : status] = new JsonObject
            {
                ["description"] = info is null ? "Success." : "Success.",
                ["content"] = new JsonObject { [produces] = new JsonObject { ["schema"] = new JsonObject() } },
            },
            ["4XX"] = ProblemRef("A caller's mistake: problem+json with a stable code (French detail)."),
            ["503"] = ProblemRef("Storage unavailable (STORAGE_UNAVAILABLE), with Retry-After."),
        };
        operation["responses"] = responses;
        return operation;
    }

    private static JsonObject ProblemRef(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
    };

    private static JsonObject Components() => new()
    {
        ["schemas"] = new JsonObject
        {
            ["Problem"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "RFC 9457 problem details.",
                ["required"] = new JsonArray("status", "title", "code"),
                ["properties"] = new JsonObject
                {
                    ["type"] = new JsonObject { ["type"] = "string", ["format"] = "uri-reference" },
                    ["title"] = new JsonObject { ["type"] = "string" },
                    ["status"] = new JsonObject { ["type"] = "integer" },
                    ["detail"] = new JsonObject { ["type"] = "string", ["description"] = "In French, for the person." },
                    ["instance"] = new JsonObject { ["type"] = "string" },
                    ["code"] = new JsonObject { ["type"] = "string", ["description"] = "Stable, e.g. INVALID_SIREN, DOCUMENT_NOT_PDF, RATE_LIMITED." },
                    ["errors"] = new JsonObject { ["type"] = "object", ["description"] = "Field errors.", ["additionalProperties"] = true },
                },
            },
        },
        ["securitySchemes"] = new JsonObject
        {
            ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["description"] = "The admin key, a coordinator key or a member's access token." },
            ["session"] = new JsonObject { ["type"] = "apiKey", ["in"] = "cookie", ["name"] = "__Host-grp_session", ["description"] = "A staff session (named grp_session on localhost); state changes also need X-CSRF-Token." },
        },
    };

    private static string Pascal(string method) => method[..1].ToUpperInvariant() + method[1..].ToLowerInvariant();

    /// <summary>The document, serialised once.</summary>
    public static string Json { get; } = Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    // "{aid:alpha}" or "{*rest}" → "{aid}" / "{rest}"; "{name?}" → "{name}"
    [GeneratedRegex(@"\{\*?([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex ConstraintPattern();

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex PathParameter();
}
