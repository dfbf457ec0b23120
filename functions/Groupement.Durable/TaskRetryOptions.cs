namespace Groupement.Durable;

/// <summary>Retry options of a task.</summary>
/// <param name="Policy">The declarative retry policy.</param>
public sealed record TaskRetryOptions(RetryPolicy Policy)
{
    /// <summary>Converts a policy to retry options.</summary>
    public static implicit operator TaskRetryOptions(RetryPolicy policy) => new(policy);
}
