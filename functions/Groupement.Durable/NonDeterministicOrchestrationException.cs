namespace Groupement.Durable;

/// <summary>The orchestrator code asked for something that its history does not hold at that position.</summary>
public sealed class NonDeterministicOrchestrationException(string message) : Exception(message);
