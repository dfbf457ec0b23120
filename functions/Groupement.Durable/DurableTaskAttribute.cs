namespace Groupement.Durable;

/// <summary>Names an orchestrator or activity class (the type name is used otherwise).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DurableTaskAttribute(string? name = null) : Attribute
{
    /// <summary>The registered name.</summary>
    public string? Name { get; } = name;
}
