namespace Groupement.Functions.Http;

/// <summary>A command's body that carries only a person's reason (withdrawal, closing).</summary>
public sealed record ReasonRequest(string? Reason);
