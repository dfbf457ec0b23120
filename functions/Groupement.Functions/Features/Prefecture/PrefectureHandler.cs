using System.Security.Cryptography;
using System.Text.Json;
using Groupement.Domain.Acts;
using Groupement.Domain.Deliberations;
using Groupement.Functions.Auth;
using Groupement.Functions.Documents;
using Groupement.Functions.Http;
using Groupement.Functions.Orchestrations;

namespace Groupement.Functions.Features.Prefecture;

public sealed record ReceiptRequest(string? ActId, DateOnly? ReceivedOn);

/// <summary>
/// <c>POST /api/adhesions/{aid}/prefecture-receipt</c>: the prefecture's acknowledgement, as JSON or as the ACTES
/// <c>ARActe</c> message itself (kept in Blob storage). An <c>AnomalieActe</c> is recorded and the référent told.
/// The act identifier is checked against the member and the délibération before anything is recorded.
/// </summary>
public static class PrefectureHandler
{

    internal static async Task<IResult> ReceiptAsync(string aid, HttpContext http, Access access, BoundSignals signals, DocumentStore documents)
    {
        var adhesion = await access.AdhesionAsync(http, aid);
        var type = http.Request.ContentType ?? "";
        var signal = AdhesionSignals.New(SignalTypes.PrefectureReceipt, adhesion);
        if (type.Contains("xml", StringComparison.OrdinalIgnoreCase))
        {
            var xml = await RequestBodies.ReadLimitedAsync(http.Request, ArMessageParser.MaxBytes, "REQUEST_TOO_LARGE",
                $"Un message ACTES ne dépasse pas {ArMessageParser.MaxBytes / 1024} Ko.");
            var parsed = ArMessageParser.Parse(xml);
            if (parsed.Message is not { } message)
                throw new ApiProblemException(400, parsed.ErrorCode ?? ArMessageParser.InvalidXml, "Message ACTES refusé.", parsed.ErrorMessage);
            var hash = Convert.ToHexStringLower(SHA256.HashData(xml));
            if (message.Kind == ArMessageKind.Anomalie)
            {
                var reason = $"Anomalie signalée par la préfecture{(message.AnomalyDate is { } d ? $" le {d:dd/MM/yyyy}" : "")} : {message.AnomalyReason ?? message.AnomalyNature ?? "motif non précisé"}.";
                var anomaly = AdhesionSignals.New(SignalTypes.Anomaly, adhesion) with { Reason = reason };
                await signals.CheckAsync(adhesion, anomaly);
                await Save(documents, adhesion, "anomalie-acte", hash, xml, http.RequestAborted);
                return await signals.SendAsync(adhesion, anomaly, http.RequestAborted);
            }
            signal = signal with { ActId = message.ActId?.ToString(), ReceivedOn = message.ReceivedOn };
            Check(signal, adhesion);
            await signals.CheckAsync(adhesion, signal);
            await Save(documents, adhesion, "ar-acte", hash, xml, http.RequestAborted);
            return await signals.SendAsync(adhesion, signal, http.RequestAborted);
        }
        var body = await Problems.ReadJsonAsync<ReceiptRequest>(http.Request);
        signal = signal with { ActId = body.ActId?.Trim(), ReceivedOn = body.ReceivedOn };
        Check(signal, adhesion);
        return await signals.SendAsync(adhesion, signal, http.RequestAborted);
    }

    /// <summary>422 INVALID_ACT_ID with the findings when the identifier does not fit the member and the délibération.</summary>
    private static void Check(AdhesionSignal signal, AdhesionAccess adhesion)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(signal.ActId)) errors["actId"] = ["L'identifiant de l'acte (ex. 049-214902165-20260202-2026_011-DE) est obligatoire."];
        if (signal.ReceivedOn is null) errors["receivedOn"] = ["La date de réception en préfecture est obligatoire (aaaa-mm-jj)."];
        if (errors.Count > 0) throw ApiProblemException.Validation("VALIDATION_FAILED", errors);
        var findings = ActIdChecks.Check(signal.ActId, adhesion.View.Member.Siren, SessionDate(adhesion))
            .Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (findings.Count > 0)
            throw new ApiProblemException(422, "INVALID_ACT_ID", "Identifiant d'acte refusé.", string.Join(" ", findings.Select(f => f.Message)),
                new Dictionary<string, string[]> { ["actId"] = [.. findings.Select(f => $"{f.Code} : {f.Message}")] });
    }

    private static DateOnly? SessionDate(AdhesionAccess adhesion) =>
        adhesion.View.Deliberation is { ValueKind: JsonValueKind.Object } facts && facts.TryGetProperty("sessionDate", out var d)
            && d.ValueKind == JsonValueKind.String && DateOnly.TryParse(d.GetString(), out var date) ? date : null;

    private static async Task Save(DocumentStore documents, AdhesionAccess a, string kind, string hash, byte[] xml, CancellationToken ct)
    {
        using var stream = new MemoryStream(xml);
        await documents.SaveAsync(a.View.GroupementId, a.View.Id, kind, kind + ".xml", kind + ".xml", hash, stream, "application/xml", ct);
    }
}
