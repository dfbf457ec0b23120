using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>Row layout of the adhésion partition (PartitionKey = adhesionId): the view row, history rows, notification rows.</summary>
internal static class AdhesionRows
{
    public const string ViewRowKey = "adhesion";
    public const string HistoryPrefix = "h|";
    public const string NotificationPrefix = "n|";

    // A string property holds at most 64 KiB (32K UTF-16 chars); an entity at most 1 MiB.
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 15;
    private static long _sequence;

    public static TableEntity ToEntity(AdhesionView view, DateTimeOffset now)
    {
        var json = JsonSerializer.Serialize(view with { Notifications = [], History = [] }, StorageJson.Options);
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
            throw new InvalidOperationException($"Adhesion {view.Id} read model is {json.Length} chars, above the {MaxChunks * ChunkChars} a row can hold.");
        var e = new TableEntity(view.Id, ViewRowKey)
        {
            ["GroupementId"] = view.GroupementId,
            ["Status"] = view.Status.ToString(),
            ["UpdatedAt"] = now,
            ["Chunks"] = chunks,
        };
        for (var i = 0; i < chunks; i++)
            e["Json" + i.ToString(CultureInfo.InvariantCulture)] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - i * ChunkChars));
        return e;
    }

    public static AdhesionView FromEntity(TableEntity e)
    {
        var chunks = e.GetInt32("Chunks") ?? 0;
        var json = string.Concat(Enumerable.Range(0, chunks).Select(i => e.GetString("Json" + i.ToString(CultureInfo.InvariantCulture))));
        return JsonSerializer.Deserialize<AdhesionView>(json, StorageJson.Options)
            ?? throw new InvalidOperationException($"Adhesion row {e.PartitionKey} is empty.");
    }

    /// <summary>History RowKeys sort by time; the per-process sequence keeps same-tick entries in append order.</summary>
    public static TableEntity HistoryEntity(string adhesionId, HistoryView h)
    {
        var seq = Interlocked.Increment(ref _sequence);
        var rowKey = string.Create(CultureInfo.InvariantCulture,
            $"{HistoryPrefix}{h.At.UtcTicks:D19}|{seq:D12}|{Guid.NewGuid():N}");
        var e = new TableEntity(adhesionId, rowKey)
        {
            ["At"] = h.At,
            ["Event"] = h.Event,
            ["By"] = h.By,
        };
        if (h.Comment is not null) e["Comment"] = h.Comment;
        if (h.Ref is not null) e["Ref"] = h.Ref;
        return e;
    }

    public static HistoryView HistoryFrom(TableEntity e) =>
        new(e.GetDateTimeOffset("At") ?? default, e.GetString("Event") ?? "", e.GetString("By") ?? "", e.GetString("Comment"), e.GetString("Ref"));
}
