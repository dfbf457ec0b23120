using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupement.Functions.Tests.Fakes;

/// <summary>
/// A local stand-in for the SendGrid v3 API: Kestrel on 127.0.0.1 and a free port, <c>POST /v3/mail/send</c>.
/// Records every request; answers with the scripted responses in order (<see cref="Enqueue"/>), then 202.
/// Like SendGrid it refuses (400) a body without personalizations, from or content.
/// </summary>
public sealed class FakeSendGridServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeSendGridResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _accepted;

    private FakeSendGridServer(WebApplication app) => _app = app;

    /// <summary>The base address to give <c>SendGrid__Host</c>, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Starts a server on a free port.</summary>
    public static async Task<FakeSendGridServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSendGridServer(app);
        app.MapPost("/v3/mail/send", server.Handle);
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    /// <summary>Adds responses to give, in order, before falling back to 202.</summary>
    public void Enqueue(params FakeSendGridResponse[] responses)
    {
        foreach (var response in responses)
            _script.Enqueue(response);
    }

    private async Task Handle(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, headers, body, DateTimeOffset.UtcNow));
        var response = _script.TryDequeue(out var scripted) ? scripted : Validate(body)
            ?? FakeSendGridResponse.Accepted($"fake-{Interlocked.Increment(ref _accepted)}");
        if (response.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up on this attempt
            }
        }
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private static FakeSendGridResponse? Validate(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (!root.TryGetProperty("personalizations", out var p) || p.GetArrayLength() == 0)
                return FakeSendGridResponse.BadRequest("The personalizations field is required.");
            if (!root.TryGetProperty("from", out var from) || !from.TryGetProperty("email", out _))
                return FakeSendGridResponse.BadRequest("The from object must be provided for every email send.");
            if (!root.TryGetProperty("content", out var content) || content.GetArrayLength() == 0)
                return FakeSendGridResponse.BadRequest("Unless a valid template_id is provided, the content parameter is required.");
            return null;
        }
        catch (JsonException)
        {
            return FakeSendGridResponse.BadRequest("Bad Request");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the fake received.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The body parsed as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}

/// <summary>A scripted answer of the fake.</summary>
public sealed record FakeSendGridResponse(int StatusCode, IReadOnlyDictionary<string, string>? Headers = null, string? Body = null,
    TimeSpan? Delay = null)
{
    /// <summary>202 with an X-Message-Id, as SendGrid answers a valid send.</summary>
    public static FakeSendGridResponse Accepted(string messageId) => new(202, new Dictionary<string, string> { ["X-Message-Id"] = messageId });

    /// <summary>429 with the rate-limit headers SendGrid sends; <paramref name="resetEpochSeconds"/> is X-RateLimit-Reset.</summary>
    public static FakeSendGridResponse TooManyRequests(long resetEpochSeconds) => new(429, new Dictionary<string, string>
    {
        ["X-RateLimit-Limit"] = "600",
        ["X-RateLimit-Remaining"] = "0",
        ["X-RateLimit-Reset"] = resetEpochSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }, """{"errors":[{"field":null,"message":"too many requests"}]}""");

    /// <summary>429 or 503 with Retry-After in seconds.</summary>
    public static FakeSendGridResponse RetryAfter(int statusCode, int seconds) =>
        new(statusCode, new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>500 as SendGrid answers an internal failure.</summary>
    public static FakeSendGridResponse ServerError() => new(500, null, """{"errors":[{"field":null,"message":"internal error"}]}""");

    /// <summary>400 with a SendGrid error body.</summary>
    public static FakeSendGridResponse BadRequest(string message) =>
        new(400, null, JsonSerializer.Serialize(new { errors = new[] { new { message, field = (string?)null, help = (string?)null } } }));
}
