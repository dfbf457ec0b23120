using System.Reflection;

namespace Groupement.Durable;

/// <summary>The orchestrators and activities a worker runs, by name (case-insensitive).</summary>
public sealed class DurableTaskRegistry
{
    /// <summary>Orchestrator types by name.</summary>
    public Dictionary<TaskName, Type> Orchestrators { get; } = [];

    /// <summary>Activity types by name.</summary>
    public Dictionary<TaskName, Type> Activities { get; } = [];

    /// <summary>The version stamped on new instances of each orchestrator (default "1").</summary>
    public Dictionary<TaskName, string> Versions { get; } = [];

    /// <summary>Registers an orchestrator class under its <see cref="DurableTaskAttribute"/> name or type name.</summary>
    public DurableTaskRegistry AddOrchestrator<T>(string version = "1") where T : class, ITaskOrchestrator =>
        AddOrchestrator(NameOf(typeof(T)), typeof(T), version);

    /// <summary>Registers an orchestrator class under a name.</summary>
    public DurableTaskRegistry AddOrchestrator(TaskName name, Type type, string version = "1")
    {
        if (!typeof(ITaskOrchestrator).IsAssignableFrom(type)) throw new ArgumentException($"{type} is not an orchestrator.", nameof(type));
        Orchestrators[name] = type;
        Versions[name] = version;
        return this;
    }

    /// <summary>Registers an activity class under its <see cref="DurableTaskAttribute"/> name or type name.</summary>
    public DurableTaskRegistry AddActivity<T>() where T : class, ITaskActivity => AddActivity(NameOf(typeof(T)), typeof(T));

    /// <summary>Registers an activity class under a name.</summary>
    public DurableTaskRegistry AddActivity(TaskName name, Type type)
    {
        if (!typeof(ITaskActivity).IsAssignableFrom(type)) throw new ArgumentException($"{type} is not an activity.", nameof(type));
        Activities[name] = type;
        return this;
    }

    /// <summary>The registered name of a task class.</summary>
    public static TaskName NameOf(Type type) => type.GetCustomAttribute<DurableTaskAttribute>()?.Name ?? type.Name;
}
