using Azure.Data.Tables;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Reminders;

/// <summary>One reminder sent (or attempted): what, to whom, for which milestone, when; shown to the coordinator.</summary>
public sealed record SentReminder(
    string Id,
    string Kind,
    string Recipient,
    string Milestone,
    string To,
    DateOnly DueOn,
    string? AdhesionId,
    string? Siren,
    DateTimeOffset? SentAt,
    string Status);

/// <summary>
/// The reminders sent per groupement (table <c>reminderlog</c>, partition = groupementId, row = the reminder's
/// instance id, so a replayed activity rewrites the same row). The table name follows the prefix of the other tables.
/// </summary>
public sealed class ReminderLog
{
    private readonly LazyTable _table;

    public ReminderLog(TableServiceClient tables, StorageNames names)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(names);
        _table = new LazyTable(tables, TableName(names));
    }

    /// <summary><c>reminderlog</c> with the same prefix as <see cref="StorageNames.Groupements"/>.</summary>
    public static string TableName(StorageNames names)
    {
        const string suffix = "groupements";
        var prefix = names.Groupements.EndsWith(suffix, StringComparison.Ordinal) ? names.Groupements[..^suffix.Length] : "";
        return prefix + "reminderlog";
    }

    public async Task RecordAsync(string groupementId, SentReminder reminder, CancellationToken ct = default)
    {
        var table = await TableAsync(ct);
        var e = new TableEntity(groupementId, reminder.Id)
        {
            ["Kind"] = reminder.Kind,
            ["Recipient"] = reminder.Recipient,
            ["Milestone"] = reminder.Milestone,
            ["To"] = reminder.To,
            ["DueOn"] = reminder.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["AdhesionId"] = reminder.AdhesionId,
            ["Siren"] = reminder.Siren,
            ["SentAt"] = reminder.SentAt,
            ["Status"] = reminder.Status,
        };
        await table.UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
    }

    /// <summary>The reminders of a groupement, oldest first.</summary>
    public async Task<IReadOnlyList<SentReminder>> ListAsync(string groupementId, CancellationToken ct = default)
    {
        var table = await TableAsync(ct);
        var list = new List<SentReminder>();
        await foreach (var e in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Quote(groupementId)}", cancellationToken: ct))
        {
            list.Add(new SentReminder(e.RowKey, e.GetString("Kind") ?? "", e.GetString("Recipient") ?? "", e.GetString("Milestone") ?? "",
                e.GetString("To") ?? "", DateOnly.ParseExact(e.GetString("DueOn") ?? "0001-01-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                e.GetString("AdhesionId"), e.GetString("Siren"), e.GetDateTimeOffset("SentAt"), e.GetString("Status") ?? ""));
        }
        return [.. list.OrderBy(r => r.SentAt ?? DateTimeOffset.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private ValueTask<TableClient> TableAsync(CancellationToken ct) => _table.GetAsync(ct);
}
