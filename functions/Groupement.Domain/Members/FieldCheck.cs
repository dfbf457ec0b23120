namespace Groupement.Domain.Members;

/// <summary>
/// The outcome of checking one input field: the normalised value when valid, else a stable code
/// (e.g. <c>INVALID_SIREN</c>) and a French message naming the field.
/// </summary>
public sealed record FieldCheck(string Field, string? Value, string? Code, string? Message)
{
    public bool IsValid => Code is null;

    internal static FieldCheck Ok(string field, string value) => new(field, value, null, null);

    internal static FieldCheck Fail(string field, string code, string message) => new(field, null, code, message);
}
