namespace Groupement.Durable;

/// <summary>The outcome of a purge.</summary>
/// <param name="PurgedInstanceCount">How many instances were deleted with their history.</param>
public sealed record PurgeResult(int PurgedInstanceCount);
