using System.Text.Json.Nodes;
using Groupement.Domain.Adhesions;

namespace Groupement.Functions.Features.Adhesions;

/// <summary>
/// Adds the French label beside each code of an adhésion's JSON (member kind, findings, documents, publication mode,
/// emails and their delivery, history events and who acted), from <see cref="AdhesionLabels"/>: pages show these
/// and keep no vocabulary of their own. (Which emails a member sees is the read side's: branch console-api.)
/// </summary>
internal static class AdhesionViewLabels
{
    public static void Apply(JsonObject json)
    {
        if (json["member"] is JsonObject member) member["kindLabel"] = AdhesionLabels.MemberKind(Text(member["kind"]));
        foreach (var f in Items(json["findings"])) f["severityLabel"] = AdhesionLabels.Severity(Text(f["severity"]));
        foreach (var d in Items(json["documents"])) d["kindLabel"] = AdhesionLabels.Document(Text(d["kind"]));
        if (json["publication"] is JsonObject publication) publication["modeLabel"] = AdhesionLabels.PublicationMode(Text(publication["mode"]));
        foreach (var h in Items(json["history"]))
        {
            h["label"] = AdhesionLabels.Event(Text(h["event"]));
            h["byLabel"] = AdhesionLabels.Actor(Text(h["by"]));
        }
        json["statusReason"] = StatusReason(json);
        foreach (var n in Items(json["notifications"]))
        {
            n["label"] = AdhesionLabels.Email(Text(n["kind"]));
            n["statusLabel"] = AdhesionLabels.Delivery(Text(n["status"]));
        }
    }

    /// <summary>
    /// The decision that set the current status, with its comment (changes requested, rejected, closed): what the
    /// member reads first, under the status. Null for the other statuses.
    /// </summary>
    private static JsonObject? StatusReason(JsonObject json)
    {
        var decisionEvent = Text(json["status"]) switch
        {
            nameof(AdhesionStatus.ChangesRequested) => "changes-requested",
            nameof(AdhesionStatus.Rejected) => "rejected",
            nameof(AdhesionStatus.Closed) => "closed",
            _ => null,
        };
        var decision = decisionEvent is null ? null : Items(json["history"]).LastOrDefault(h => Text(h["event"]) == decisionEvent);
        return decision is null ? null : new JsonObject
        {
            ["event"] = decisionEvent,
            ["label"] = decision["label"]?.DeepClone(),
            ["comment"] = decision["comment"]?.DeepClone(),
            ["at"] = decision["at"]?.DeepClone(),
            ["byLabel"] = decision["byLabel"]?.DeepClone(),
        };
    }

    private static IEnumerable<JsonObject> Items(JsonNode? node) => node is JsonArray a ? a.OfType<JsonObject>() : [];

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
