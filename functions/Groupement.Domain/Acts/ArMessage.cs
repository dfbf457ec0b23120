namespace Groupement.Domain.Acts;

public enum ArMessageKind
{
    /// <summary><c>ARActe</c> (1-2): the prefecture acknowledges the act and gives its identifier.</summary>
    Ar,

    /// <summary><c>AnomalieActe</c> (1-3) or <c>AnomalieEnveloppe</c>: technical refusal, no identifier.</summary>
    Anomalie,
}

/// <summary>What the host needs from a prefecture answer.</summary>
public sealed record ArMessage(
    ArMessageKind Kind,
    string RootElement,
    ActId? ActId,
    DateOnly? ReceivedOn,
    DateOnly? DecisionDate,
    string? NumeroInterne,
    int? NatureCode,
    string? Objet,
    DateOnly? AnomalyDate,
    string? AnomalyNature,
    string? AnomalyReason);

/// <summary>Either a message or a typed error (<c>INVALID_AR_XML</c>, <c>INVALID_ACT_ID</c>) with a French message.</summary>
public sealed record ArParseResult(ArMessage? Message, string? ErrorCode, string? ErrorMessage)
{
    public bool IsSuccess => Message is not null;

    public static ArParseResult Ok(ArMessage message) => new(message, null, null);

    public static ArParseResult Fail(string code, string message) => new(null, code, message);
}
