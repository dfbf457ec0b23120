using System.Diagnostics;

namespace Groupement.Functions.Hosting;

/// <summary>
/// The app's own spans (ActivitySource <see cref="AppRegistration.ActivitySourceName"/>): a submission, each workflow
/// step and each email carry the adhésion's id as <see cref="AdhesionIdTag"/>, so one query finds an adhésion's path
/// from the request to the email, in Application Insights or any OTLP backend. Logs written inside a span carry its
/// trace and span ids.
/// </summary>
public static class GroupementTelemetry
{
    /// <summary>The adhésion a span is about.</summary>
    public const string AdhesionIdTag = "groupement.adhesion_id";

    /// <summary>The groupement a span is about.</summary>
    public const string GroupementIdTag = "groupement.groupement_id";

    /// <summary>The notification kind of an email span.</summary>
    public const string NotificationKindTag = "groupement.notification_kind";

    /// <summary>The source of our spans.</summary>
    public static readonly ActivitySource Source = new(AppRegistration.ActivitySourceName);

    /// <summary>Starts a span about <paramref name="adhesionId"/> (null when nobody listens).</summary>
    public static Activity? Start(string name, string? adhesionId, ActivityKind kind = ActivityKind.Internal)
    {
        var span = Source.StartActivity(name, kind);
        if (adhesionId is not null) span?.SetTag(AdhesionIdTag, adhesionId);
        return span;
    }

    /// <summary>Runs a workflow step inside a span about its adhésion; a failure marks the span as an error.</summary>
    public static async Task<T> TraceAsync<T>(string name, string adhesionId, Func<Task<T>> step)
    {
        using var span = Start(name, adhesionId);
        try
        {
            return await step();
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    /// <summary>Names the adhésion on the current span (and its parent request span) once its id is known.</summary>
    public static void TagAdhesion(string adhesionId)
    {
        for (var span = Activity.Current; span is not null; span = span.Parent)
        {
            span.SetTag(AdhesionIdTag, adhesionId);
            if (span.Kind == ActivityKind.Server) break;
        }
    }
}
