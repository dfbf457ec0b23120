namespace Groupement.Domain.Adhesions;

/// <summary>One line of annex 2: a school, its UAI when known, and the number of accounts ordered.</summary>
public sealed record Need(string School, string? Uai, int Accounts);
