using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SendGrid;

namespace Groupement.Functions.Email;

/// <summary>
/// Retries of one SendGrid send: 429 waits until <c>X-RateLimit-Reset</c> (epoch seconds) or <c>Retry-After</c>;
/// 5xx, 408, timeouts and transport failures back off exponentially with jitter; other answers are final.
/// The whole send is bounded by <see cref="SendGridOptions.TotalTimeout"/>.
/// </summary>
internal static class SendGridRetryPipeline
{
    public static readonly ResiliencePropertyKey<EmailMessage> MessageKey = new("email.message");
    private static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(200);

    public static ResiliencePipeline<Response> Create(SendGridOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<Response> { TimeProvider = time }.AddTimeout(options.TotalTimeout);
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<Response>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, time)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } r ? ServerRequestedDelay(r, time.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    var message = args.Context.Properties.GetValue(MessageKey, null!);
                    logger.SendGridRetrying(message.Kind, message.IdempotencyKey, args.AttemptNumber + 1,
                        Describe(args.Outcome), args.RetryDelay);
                    args.Outcome.Result?.Body?.Dispose();
                    return default;
                },
            });
        }
        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>The wait the server asked for: X-RateLimit-Reset (epoch seconds), else Retry-After; null when none.</summary>
    public static TimeSpan? ServerRequestedDelay(Response response, DateTimeOffset now)
    {
        var headers = response.Headers;
        if (headers is null)
            return null;
        if (headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            && epoch < DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(epoch) - now;
            return wait > TimeSpan.Zero ? wait + ResetMargin : ResetMargin;
        }
        if (headers.RetryAfter?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (headers.RetryAfter?.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    private static bool ShouldRetry(Outcome<Response> outcome, ResilienceContext context, SendGridOptions options, TimeProvider time)
    {
        if (outcome.Exception is { } e)
            return e is HttpRequestException or TimeoutRejectedException
                || (e is OperationCanceledException && !context.CancellationToken.IsCancellationRequested);
        var response = outcome.Result!;
        if (!IsRetryableStatus(response.StatusCode))
            return false;
        // A wait longer than we are willing to block for is left to the caller's (durable) retry.
        return ServerRequestedDelay(response, time.GetUtcNow()) is not { } wait || wait <= options.MaxRateLimitWait;
    }

    private static string Describe(Outcome<Response> outcome) =>
        outcome.Exception is { } e ? e.GetType().Name : ((int)outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture);
}
