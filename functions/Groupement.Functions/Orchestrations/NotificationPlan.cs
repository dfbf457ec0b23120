namespace Groupement.Functions.Orchestrations;

/// <summary>Which notifications follow the events a signal recorded (pure: used inside the orchestration).</summary>
public static class NotificationPlan
{
    /// <summary>The notifications after a signal, each keyed by the signal id, its kind and its audience.</summary>
    public static IEnumerable<NotificationRequest> After(string adhesionId, SignalOutcome outcome, AdhesionSignal signal) =>
        Plan(adhesionId, outcome, signal).Select(n => n with { Key = $"{signal.Id}:{n.Kind}:{n.Audience}" });

    private static IEnumerable<NotificationRequest> Plan(string adhesionId, SignalOutcome outcome, AdhesionSignal signal)
    {
        foreach (var e in outcome.Events)
        {
            switch (e)
            {
                case "changes-requested":
                    yield return new(adhesionId, "changes-requested", Audience.Referent, signal.Comment);
                    break;
                case "rejected":
                    yield return new(adhesionId, "rejected", Audience.Referent, signal.Comment);
                    break;
                case "enrolled":
                    yield return new(adhesionId, "enrolled", Audience.Referent);
                    break;
                case "withdrawn":
                    yield return new(adhesionId, "withdrawal-received", Audience.Referent, signal.Reason);
                    yield return new(adhesionId, "withdrawal-received", Audience.Coordinator, signal.Reason);
                    break;
                case "closed":
                    yield return new(adhesionId, "closed", Audience.Referent, signal.Reason);
                    break;
                case "prefecture-anomaly":
                    yield return new(adhesionId, "anomaly", Audience.Referent, signal.Reason);
                    break;
            }
        }
    }
}
