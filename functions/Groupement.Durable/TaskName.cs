namespace Groupement.Durable;

/// <summary>The name of an orchestrator or activity, compared case-insensitively (as in Microsoft.DurableTask).</summary>
/// <param name="Name">The registered name.</param>
public readonly record struct TaskName(string Name)
{
    /// <summary>Converts a string to a task name.</summary>
    public static implicit operator TaskName(string name) => new(name);

    /// <inheritdoc />
    public bool Equals(TaskName other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() => Name;
}
