using System.Globalization;
using System.Text.Json;

namespace Groupement.Functions.Email.Webhook;

/// <summary>Parses the body of a SendGrid event webhook post (a JSON array of events).</summary>
public static class SendGridEventParser
{
    // Fields SendGrid itself defines; every other top-level string field is a custom arg.
    private static readonly HashSet<string> StandardFields = new(StringComparer.Ordinal)
    {
        "email", "timestamp", "event", "sg_event_id", "sg_message_id", "smtp-id", "category", "reason",
        "status", "type", "response", "attempt", "useragent", "ip", "url", "url_offset", "tls", "cert_err",
        "asm_group_id", "unique_args", "marketing_campaign_id", "marketing_campaign_name", "pool",
        "sg_machine_open", "bounce_classification", "sg_template_id", "sg_template_name", "send_at",
    };

    /// <summary>Parses <paramref name="json"/>; events without an <c>event</c> field are skipped.</summary>
    /// <exception cref="SendGridEventFormatException">The body is not a JSON array of objects.</exception>
    public static IReadOnlyList<SendGridEvent> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new SendGridEventFormatException("The SendGrid event payload is not valid JSON.", e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new SendGridEventFormatException("The SendGrid event payload must be a JSON array.");
            var events = new List<SendGridEvent>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                    throw new SendGridEventFormatException("Each SendGrid event must be a JSON object.");
                if (ParseOne(element) is { } parsed)
                    events.Add(parsed);
            }
            return events;
        }
    }

    private static SendGridEvent? ParseOne(JsonElement e)
    {
        var name = Text(e, "event");
        if (string.IsNullOrEmpty(name))
            return null;
        var bounceType = Text(e, "type");
        return new SendGridEvent(
            name,
            StatusOf(name, bounceType),
            Text(e, "email"),
            Timestamp(e),
            Text(e, "sg_message_id"),
            Text(e, "sg_event_id"),
            Text(e, "reason") ?? Text(e, "response"),
            Text(e, "status"),
            bounceType,
            CustomArgs(e));
    }

    private static EmailDeliveryStatus StatusOf(string name, string? type) => name switch
    {
        "processed" => EmailDeliveryStatus.Processed,
        "deferred" => EmailDeliveryStatus.Deferred,
        "delivered" => EmailDeliveryStatus.Delivered,
        "open" => EmailDeliveryStatus.Opened,
        "click" => EmailDeliveryStatus.Clicked,
        "bounce" when type == "blocked" => EmailDeliveryStatus.Blocked,
        "bounce" => EmailDeliveryStatus.Bounced,
        "blocked" => EmailDeliveryStatus.Blocked,
        "dropped" => EmailDeliveryStatus.Dropped,
        "spamreport" => EmailDeliveryStatus.SpamReport,
        "unsubscribe" or "group_unsubscribe" => EmailDeliveryStatus.Unsubscribed,
        _ => EmailDeliveryStatus.Unknown,
    };

    private static Dictionary<string, string> CustomArgs(JsonElement e)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            if (StandardFields.Contains(property.Name))
                continue;
            if (ScalarText(property.Value) is { } value)
                args[property.Name] = value;
        }
        return args;
    }

    private static DateTimeOffset? Timestamp(JsonElement e)
    {
        if (!e.TryGetProperty("timestamp", out var value))
            return null;
        long? seconds = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out var n) ? n : null,
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null,
            _ => null,
        };
        return seconds is >= 0 and <= 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value) : null;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? ScalarText(value) : null;

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
