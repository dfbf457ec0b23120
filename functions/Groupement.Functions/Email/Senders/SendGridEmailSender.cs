using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using SendGrid;

namespace Groupement.Functions.Email;

/// <summary>
/// Sends through the SendGrid v3 API with the official <see cref="SendGridClient"/> (base address
/// <c>SendGrid__Host</c>), retrying rate limits and server errors (see <see cref="SendGridRetryPipeline"/>).
/// Throws <see cref="NonRetryableEmailException"/> for a refusal a retry cannot fix and a retryable
/// <see cref="EmailSendException"/> when the retries or the time budget are spent.
/// </summary>
public sealed class SendGridEmailSender : IEmailSender
{
    /// <summary>The name of the <see cref="HttpClient"/> registered for SendGrid.</summary>
    public const string HttpClientName = "SendGrid";

    private readonly SendGridOptions _options;
    private readonly IHttpClientFactory _httpClients;
    private readonly ILogger<SendGridEmailSender> _logger;
    private readonly ResiliencePipeline<Response> _pipeline;

    /// <summary>Creates the sender; <paramref name="options"/> must have passed <see cref="EmailOptionsValidator"/>.</summary>
    public SendGridEmailSender(IOptions<SendGridOptions> options, IHttpClientFactory httpClients, TimeProvider time,
        ILogger<SendGridEmailSender> logger)
    {
        _options = options.Value;
        _httpClients = httpClients;
        _logger = logger;
        _pipeline = SendGridRetryPipeline.Create(_options, time, logger);
    }

    /// <inheritdoc />
    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mail = SendGridMessageFactory.Create(message, _options.FromEmail!, _options.FromName);
        var client = new SendGridClient(_httpClients.CreateClient(HttpClientName), ClientOptions());
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(SendGridRetryPipeline.MessageKey, message);
        Response response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<Response>(state.client.SendEmailAsync(state.mail, ctx.CancellationToken)),
                context, (client, mail));
        }
        catch (Exception e) when (e is TimeoutRejectedException or HttpRequestException
                                  || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _logger.SendGridGaveUp(message.Kind, message.IdempotencyKey, e.GetType().Name);
            throw new EmailSendException($"SendGrid could not be reached in time ({e.GetType().Name}).", null, isRetryable: true, e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        return await Interpret(message, response);
    }

    private async Task<EmailSendResult> Interpret(EmailMessage message, Response response)
    {
        var status = response.StatusCode;
        if ((int)status is >= 200 and < 300)
        {
            var id = response.Headers?.TryGetValues("X-Message-Id", out var ids) == true ? ids.FirstOrDefault() : null;
            _logger.SendGridAccepted(message.Kind, message.IdempotencyKey, id);
            return new EmailSendResult(id, null);
        }
        var detail = await ErrorDetail(response);
        if (SendGridRetryPipeline.IsRetryableStatus(status))
        {
            _logger.SendGridGaveUp(message.Kind, message.IdempotencyKey, $"{(int)status} {detail}");
            throw new EmailSendException($"SendGrid answered {(int)status} after the retries: {detail}", status, isRetryable: true);
        }
        _logger.SendGridRefused(message.Kind, message.IdempotencyKey, status, detail);
        throw new NonRetryableEmailException($"SendGrid refused the message ({(int)status}): {detail}", status);
    }

    private SendGridClientOptions ClientOptions()
    {
        var options = new SendGridClientOptions { ApiKey = _options.ApiKey };
        if (!string.IsNullOrWhiteSpace(_options.Host))
            options.Host = _options.Host.TrimEnd('/');
        return options;
    }

    /// <summary>The error messages of a SendGrid error body (<c>{"errors":[{"message":…}]}</c>), short.</summary>
    private static async Task<string> ErrorDetail(Response response)
    {
        string body;
        try
        {
            body = response.Body is null ? "" : await response.Body.ReadAsStringAsync();
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            return "(unreadable body)";
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                var messages = errors.EnumerateArray()
                    .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.ToString() : e.ToString());
                return Truncate(string.Join("; ", messages));
            }
        }
        catch (JsonException)
        {
            // not JSON: fall through to the raw (truncated) text
        }
        return Truncate(body);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
