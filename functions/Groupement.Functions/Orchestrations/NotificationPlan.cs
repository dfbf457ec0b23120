namespace Groupement.Functions.Orchestrations;

/// <summary>
/// Which notifications follow the events a signal recorded: the domain's table (<see cref="NotificationRules"/>), with
/// the person's words attached (pure: used inside the orchestration).
/// </summary>
public static class NotificationPlan
{
    /// <summary>The notifications after a signal, each keyed by the signal id, its kind and its audience.</summary>
    public static IEnumerable<NotificationRequest> After(string adhesionId, SignalOutcome outcome, AdhesionSignal signal) =>
        from e in outcome.Events
        from rule in NotificationRules.After(e)
        select new NotificationRequest(adhesionId, rule.Kind, rule.Audience, Words(rule.Kind, signal))
        {
            Key = $"{signal.Id}:{rule.Kind}:{rule.Audience}",
        };

    private static string? Words(string kind, AdhesionSignal signal) => kind switch
    {
        NotificationKinds.ChangesRequested or NotificationKinds.Rejected => signal.Comment,
        NotificationKinds.Enrolled => null,
        _ => signal.Reason,
    };
}
