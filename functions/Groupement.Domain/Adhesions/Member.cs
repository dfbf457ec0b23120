namespace Groupement.Domain.Adhesions;

/// <summary>The joining public body: commune, EPCI, département, région, private school, other.</summary>
public sealed record Member(string Siren, string Name, string Kind, string? InseeCode = null);
