namespace Groupement.Domain.Adhesions;

/// <summary>The member's contact person: receives every notice.</summary>
public sealed record Referent(string Name, string Email, string? Phone = null);
