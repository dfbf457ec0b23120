namespace Groupement.Domain.Adhesions;

/// <summary>The decider's answer: events to record (possibly none: an idempotent repeat), or a refusal.</summary>
public sealed record AdhesionDecision(IReadOnlyList<AdhesionEvent> Events, AdhesionRefusal? Refusal)
{
    public bool IsAccepted => Refusal is null;

    internal static AdhesionDecision Accept(params AdhesionEvent[] events) => new(events, null);

    internal static AdhesionDecision Refuse(string code, string message, string? field = null) =>
        new([], new AdhesionRefusal(code, message, field));
}
