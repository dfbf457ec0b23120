namespace Groupement.Functions.Activities;

/// <summary>
/// Data an activity needs is gone from storage (the adhésion, its groupement or one of its documents): trying again
/// cannot bring it back, so <see cref="Orchestrations.AdhesionOrchestrator"/>'s retry policy does not retry it and the
/// instance fails at once, its reason shown to the coordinator, instead of retrying for minutes first.
/// </summary>
public sealed class MissingDataException(string message) : Exception(message);
