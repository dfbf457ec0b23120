namespace Groupement.Durable;

/// <summary>A filter over orchestration instances.</summary>
public sealed record OrchestrationQuery
{
    /// <summary>Only instances created at or after this instant.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only instances created before this instant.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Only instances in one of these statuses.</summary>
    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses { get; init; }

    /// <summary>Only instances whose id starts with this prefix.</summary>
    public string? InstanceIdPrefix { get; init; }

    /// <summary>Whether inputs, outputs and custom status are returned.</summary>
    public bool FetchInputsAndOutputs { get; init; }

    /// <summary>Page size used when reading storage.</summary>
    public int PageSize { get; init; } = 100;
}
