namespace Groupement.Durable;

/// <summary>What an activity knows of its invocation.</summary>
public abstract class TaskActivityContext
{
    /// <summary>The activity's name.</summary>
    public abstract TaskName Name { get; }

    /// <summary>The id of the orchestration instance that scheduled it.</summary>
    public abstract string InstanceId { get; }

    /// <summary>The sequence number of this task in the orchestration's history.</summary>
    public abstract int TaskId { get; }

    /// <summary>
    /// A key that is the same on every delivery and every retry of this task (instance id and task id), so a side
    /// effect (an email) can be made at most once. Not in Microsoft.DurableTask: derive it from InstanceId and TaskId there.
    /// </summary>
    public string IdempotencyKey => $"{InstanceId}:{TaskId}";
}
