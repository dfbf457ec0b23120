namespace Groupement.Durable;

/// <summary>Thrown into an orchestration when an activity it awaited failed (after its retries).</summary>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TaskFailedException(TaskName taskName, int taskId, TaskFailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {failureDetails.ErrorMessage}")
    {
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    /// <summary>The name of the failed activity.</summary>
    public TaskName TaskName { get; }

    /// <summary>The sequence number of the task in the orchestration's history.</summary>
    public int TaskId { get; }

    /// <summary>The failure of the activity.</summary>
    public TaskFailureDetails FailureDetails { get; }
}
