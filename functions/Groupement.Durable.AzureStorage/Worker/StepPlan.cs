using Azure.Data.Tables;

namespace Groupement.Durable.AzureStorage.Worker;

/// <summary>One step, ready to commit: the transaction's actions and the outbox to dispatch after the commit.</summary>
internal sealed class StepPlan
{
    public List<TableTransactionAction> Actions { get; } = [];
    public List<Storage.OutboxItem> Outbox { get; } = [];
    public string? OutboxRowKey { get; set; }

    /// <summary>The queue message that triggered the step: its redelivery, and only it, recovers a young outbox.</summary>
    public string? Owner { get; init; }

    /// <summary>Room left in the entity-group transaction (100 entities at most).</summary>
    public int Room => 100 - Actions.Count;
}
