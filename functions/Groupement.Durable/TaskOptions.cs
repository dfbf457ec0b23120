namespace Groupement.Durable;

/// <summary>Options of a scheduled task.</summary>
/// <param name="Retry">Retry options, or null for a single attempt.</param>
public record TaskOptions(TaskRetryOptions? Retry = null)
{
    /// <summary>Options with the given retry policy.</summary>
    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(new TaskRetryOptions(policy));
}
