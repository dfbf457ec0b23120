namespace Groupement.Durable.AzureStorage.Storage;

/// <summary>
/// Row keys inside an instance partition: the instance row "I", history rows "H{gen}{step}", inbox rows "N…"
/// (events "NE", activity results "NR", terminate "NT"), outbox rows "O{gen}{step}". One partition per instance, so a
/// step commits in one entity-group transaction.
/// </summary>
internal static class RowKeys
{
    public const string Instance = "I";
    public const string HistoryPrefix = "H";
    public const string InboxPrefix = "N";
    public const string OutboxPrefix = "O";
    public const string Terminate = "NT";

    public static string History(int generation, int step) => $"H{generation:X8}{step:X8}";

    public static string Outbox(int generation, int step) => $"O{generation:X8}{step:X8}";

    public static string Result(int generation, int taskId) => $"NR{generation:X8}{taskId:X8}";

    public static string Event(long sequence) => $"NE{sequence:D19}{Guid.NewGuid():N}"[..29];

    public static int HistoryGeneration(string rowKey) => Convert.ToInt32(rowKey.Substring(1, 8), 16);

    /// <summary>Rejects ids that cannot be a table partition key.</summary>
    public static void ValidateInstanceId(string instanceId)
    {
        if (string.IsNullOrWhiteSpace(instanceId) || instanceId.Length > 200
            || instanceId.IndexOfAny(['/', '\\', '#', '?']) >= 0 || instanceId.Any(char.IsControl))
            throw new ArgumentException($"Invalid instance id '{instanceId}': 1 to 200 characters, none of / \\ # ? or control characters.", nameof(instanceId));
    }
}
