namespace Groupement.Domain.Adhesions;

/// <summary>The coordinator's decision; wire names approve, reject, request-changes.</summary>
public enum ReviewDecision
{
    Approve,
    Reject,
    RequestChanges,
}

/// <summary>Parses the wire names of <see cref="ReviewDecision"/>.</summary>
public static class ReviewDecisions
{
    public static bool TryParse(string? value, out ReviewDecision decision)
    {
        (var ok, decision) = value switch
        {
            "approve" => (true, ReviewDecision.Approve),
            "reject" => (true, ReviewDecision.Reject),
            "request-changes" => (true, ReviewDecision.RequestChanges),
            _ => (false, default),
        };
        return ok;
    }
}
