namespace Groupement.Functions.Http.OpenApi;

/// <summary>
/// What the OpenAPI document says about an HTTP <c>[Function]</c> beyond what its trigger declares (route, methods):
/// optional, a function without it is still documented (path, method, path parameters, problem+json errors).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiOperationAttribute(string summary) : Attribute
{
    /// <summary>One line: what the operation does.</summary>
    public string Summary { get; } = summary;

    /// <summary>Who may call it: <c>anyone</c>, <c>admin</c>, <c>coordinator</c>, <c>member</c>, or a combination.</summary>
    public string? Access { get; init; }

    /// <summary>The success status (default 200).</summary>
    public int Status { get; init; } = 200;

    /// <summary>The media types of the request body; none when the operation takes no body.</summary>
    public string[] Consumes { get; init; } = [];

    /// <summary>The media type of the success response (default <c>application/json</c>).</summary>
    public string Produces { get; init; } = "application/json";
}

/// <summary>A query parameter of an HTTP <c>[Function]</c>, for the OpenAPI document.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiQueryAttribute(string name, string description) : Attribute
{
    /// <summary>The parameter's name.</summary>
    public string Name { get; } = name;

    /// <summary>What it does.</summary>
    public string Description { get; } = description;
}
