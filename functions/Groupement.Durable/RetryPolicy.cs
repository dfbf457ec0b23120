namespace Groupement.Durable;

/// <summary>How an activity is retried by the orchestration (durable timers between attempts).</summary>
/// <param name="MaxNumberOfAttempts">Attempts in all, the first one included.</param>
/// <param name="FirstRetryInterval">Delay before the second attempt.</param>
/// <param name="BackoffCoefficient">Factor applied to the delay after each attempt.</param>
/// <param name="MaxRetryInterval">Upper bound of one delay.</param>
/// <param name="RetryTimeout">No retry is started after this time since the first attempt.</param>
public sealed record RetryPolicy(
    int MaxNumberOfAttempts,
    TimeSpan FirstRetryInterval,
    double BackoffCoefficient = 1.0,
    TimeSpan? MaxRetryInterval = null,
    TimeSpan? RetryTimeout = null)
{
    /// <summary>The delay before attempt number <paramref name="attempt"/> + 1 (attempt counts from 1).</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var delay = FirstRetryInterval.TotalMilliseconds * Math.Pow(BackoffCoefficient, Math.Max(0, attempt - 1));
        var max = (MaxRetryInterval ?? TimeSpan.FromHours(6)).TotalMilliseconds;
        return TimeSpan.FromMilliseconds(Math.Min(delay, max));
    }
}
