using System.Net;
using System.Text;
using System.Text.Json;
using Groupement.Functions.Email;
using Groupement.Functions.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Groupement.Functions.Tests.Email;

public sealed class SendGridEmailSenderTests : IAsyncLifetime
{
    private FakeSendGridServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeSendGridServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private IEmailSender Sender(Action<Dictionary<string, string?>>? tweak = null, CapturingLoggerProvider? logs = null)
    {
        var settings = EmailServices.SendGridSettings(_fake.BaseUrl);
        tweak?.Invoke(settings);
        return EmailServices.Build(settings, logs: logs).GetRequiredService<IEmailSender>();
    }

    [Fact]
    public async Task The_real_SendGrid_client_posts_the_v3_json_with_kind_header_custom_args_and_attachment()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7 attestation");
        var message = EmailServices.Message(attachments: [new EmailAttachment("attestation.pdf", "application/pdf", pdf)]);

        var result = await Sender().SendAsync(message);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal("Bearer SG.test-key-not-a-secret", request.Headers["Authorization"]);
        var json = request.Json;
        var to = json.GetProperty("personalizations")[0].GetProperty("to")[0];
        Assert.Equal("secretariat@mairie-exemple.fr", to.GetProperty("email").GetString());
        Assert.Equal("Mme Martin", to.GetProperty("name").GetString());
        Assert.Equal("groupement@example.fr", json.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Groupement e-PRIMO", json.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Adhésion confirmée – e-PRIMO", json.GetProperty("subject").GetString());
        var content = json.GetProperty("content").EnumerateArray().ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString());
        Assert.Equal(message.TextBody, content["text/plain"]);
        Assert.Equal(message.HtmlBody, content["text/html"]);
        Assert.Equal("enrolled", Merged(json, "headers")["X-Notification-Kind"]);
        var args = Merged(json, "custom_args");
        Assert.Equal("enrolled", args["kind"]);
        Assert.Equal("adhesion-42:7", args["idempotencyKey"]);
        Assert.Equal("adh-42", args["adhesionId"]);
        Assert.Equal("grp-1", args["groupementId"]);
        var attachment = Assert.Single(json.GetProperty("attachments").EnumerateArray());
        Assert.Equal("attestation.pdf", attachment.GetProperty("filename").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("type").GetString());
        Assert.Equal(pdf, Convert.FromBase64String(attachment.GetProperty("content").GetString()!));
        Assert.False(json.GetProperty("tracking_settings").GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.Equal("fake-1", result.ProviderMessageId);
        Assert.Null(result.PickupPath);
    }

    [Fact]
    public async Task A_429_is_retried_no_earlier_than_X_RateLimit_Reset()
    {
        var reset = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 2;
        _fake.Enqueue(FakeSendGridResponse.TooManyRequests(reset));

        var result = await Sender().SendAsync(EmailServices.Message());

        Assert.Equal(2, _fake.Requests.Count);
        Assert.True(_fake.Requests[1].ReceivedAt >= DateTimeOffset.FromUnixTimeSeconds(reset),
            $"retried at {_fake.Requests[1].ReceivedAt:O}, before the reset {DateTimeOffset.FromUnixTimeSeconds(reset):O}");
        Assert.Equal("fake-1", result.ProviderMessageId);
    }

    [Fact]
    public async Task A_Retry_After_header_is_honoured()
    {
        _fake.Enqueue(FakeSendGridResponse.RetryAfter(503, 1));

        await Sender().SendAsync(EmailServices.Message());

        Assert.Equal(2, _fake.Requests.Count);
        Assert.True(_fake.Requests[1].ReceivedAt - _fake.Requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task A_500_then_202_succeeds_after_one_retry()
    {
        _fake.Enqueue(FakeSendGridResponse.ServerError());

        var result = await Sender().SendAsync(EmailServices.Message());

        Assert.Equal(2, _fake.Requests.Count);
        Assert.Equal(_fake.Requests[0].Body, _fake.Requests[1].Body);
        Assert.NotNull(result.ProviderMessageId);
    }

    [Fact]
    public async Task A_400_is_not_retried_and_throws_a_non_retryable_exception_with_the_reason()
    {
        _fake.Enqueue(FakeSendGridResponse.BadRequest("Does not contain a valid address."));

        var error = await Assert.ThrowsAsync<NonRetryableEmailException>(() => Sender().SendAsync(EmailServices.Message()));

        Assert.Single(_fake.Requests);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(error.IsRetryable);
        Assert.Contains("Does not contain a valid address.", error.Message);
    }

    [Fact]
    public async Task Persistent_server_errors_stop_after_MaxAttempts_with_a_retryable_exception()
    {
        _fake.Enqueue(Enumerable.Range(0, 10).Select(_ => FakeSendGridResponse.ServerError()).ToArray());

        var error = await Assert.ThrowsAsync<EmailSendException>(() => Sender(s => s["SendGrid:MaxAttempts"] = "3").SendAsync(EmailServices.Message()));

        Assert.Equal(3, _fake.Requests.Count);
        Assert.True(error.IsRetryable);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
    }

    [Fact]
    public async Task A_rate_limit_reset_beyond_the_allowed_wait_fails_at_once_as_retryable()
    {
        _fake.Enqueue(FakeSendGridResponse.TooManyRequests(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 3600));

        var error = await Assert.ThrowsAsync<EmailSendException>(() => Sender().SendAsync(EmailServices.Message()));

        Assert.Single(_fake.Requests);
        Assert.True(error.IsRetryable);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
    }

    [Fact]
    public async Task An_unreachable_host_fails_as_retryable_within_the_time_budget()
    {
        const string closedPort = "http://127.0.0.1:1"; // privileged port, nothing listens: connection refused

        var error = await Assert.ThrowsAsync<EmailSendException>(() => Sender(s =>
        {
            s["SendGrid:Host"] = closedPort;
            s["SendGrid:MaxAttempts"] = "2";
        }).SendAsync(EmailServices.Message()));

        Assert.True(error.IsRetryable);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Neither_the_api_key_nor_the_bodies_are_logged()
    {
        var logs = new CapturingLoggerProvider();
        _fake.Enqueue(FakeSendGridResponse.ServerError(), FakeSendGridResponse.BadRequest("invalid"));
        var message = EmailServices.Message() with { TextBody = "lien https://x/?token=SECRET-TOKEN", HtmlBody = "<a href=\"https://x/?token=SECRET-TOKEN\">x</a>" };

        await Assert.ThrowsAsync<NonRetryableEmailException>(() => Sender(logs: logs).SendAsync(message));

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("SG.test-key-not-a-secret") || l.Contains("SECRET-TOKEN"));
    }

    /// <summary>A member SendGrid accepts both at the root and in the personalization (which wins).</summary>
    private static Dictionary<string, string> Merged(JsonElement json, string member)
    {
        var args = new Dictionary<string, string>();
        foreach (var scope in new[] { json, json.GetProperty("personalizations")[0] })
        {
            if (scope.TryGetProperty(member, out var custom))
                foreach (var p in custom.EnumerateObject())
                    args[p.Name] = p.Value.GetString()!;
        }
        return args;
    }
}

public sealed class SendGridRetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 24, 9, 0, 0, TimeSpan.Zero);

    private static SendGrid.Response Response(params (string Name, string Value)[] headers)
    {
        using var message = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        foreach (var (name, value) in headers)
            message.Headers.TryAddWithoutValidation(name, value);
        return new SendGrid.Response(HttpStatusCode.TooManyRequests, null, message.Headers);
    }

    [Fact]
    public void X_RateLimit_Reset_in_epoch_seconds_gives_the_wait_until_then()
    {
        var delay = Groupement.Functions.Email.SendGridRetryPipeline.ServerRequestedDelay(
            Response(("X-RateLimit-Reset", Now.AddSeconds(30).ToUnixTimeSeconds().ToString())), Now);

        Assert.NotNull(delay);
        Assert.InRange(delay.Value, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public void Retry_After_in_seconds_or_as_a_date_is_understood_and_nothing_means_back_off()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), Groupement.Functions.Email.SendGridRetryPipeline.ServerRequestedDelay(Response(("Retry-After", "7")), Now));
        Assert.Equal(TimeSpan.FromSeconds(20), Groupement.Functions.Email.SendGridRetryPipeline.ServerRequestedDelay(
            Response(("Retry-After", Now.AddSeconds(20).ToString("R"))), Now));
        Assert.Null(Groupement.Functions.Email.SendGridRetryPipeline.ServerRequestedDelay(Response(), Now));
    }
}
