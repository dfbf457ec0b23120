namespace Groupement.Durable;

/// <summary>An orchestrator, untyped.</summary>
public interface ITaskOrchestrator
{
    /// <summary>The input type.</summary>
    Type InputType { get; }

    /// <summary>The output type.</summary>
    Type OutputType { get; }

    /// <summary>Runs the orchestrator code.</summary>
    Task<object?> RunAsync(TaskOrchestrationContext context, object? input);
}
