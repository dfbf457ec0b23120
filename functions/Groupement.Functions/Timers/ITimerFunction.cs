namespace Groupement.Functions.Timers;

/// <summary>
/// A timer function (the Azure Functions TimerTrigger): runs on an NCRONTAB schedule (six fields, seconds first) in the
/// configured time zone, and on demand through <c>POST /admin/functions/{Name}</c>. It must be safe to run twice at once.
/// </summary>
public interface ITimerFunction
{
    /// <summary>The function name, as used by the admin route.</summary>
    string Name { get; }

    /// <summary>The configuration key of the schedule and its default.</summary>
    (string Key, string Default) Schedule { get; }

    /// <summary>Runs once.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
