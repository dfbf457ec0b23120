namespace Groupement.Domain.Adhesions;

/// <summary>One field error for problem+json <c>errors</c>: <paramref name="Field"/> is a JSON path such as <c>needs[0].accounts</c>.</summary>
public sealed record FieldError(string Field, string Message, string Code = "INVALID_FIELD");
