using Azure.Data.Tables;

namespace Groupement.Functions.Storage;

/// <summary>Delivery statuses of a notification, in the order they may advance.</summary>
public static class NotificationStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    /// <summary>The last attempt failed in a way that proves nothing was sent (the provider refused it for now): send again.</summary>
    public const string Retrying = "retrying";
    public const string Delivered = "delivered";
    public const string Bounce = "bounce";
    public const string Dropped = "dropped";
    public const string Failed = "failed";

    /// <summary>pending 0, sent 1, outcomes 2: a status never goes back to a lower rank.</summary>
    public static int Rank(string? status) => status switch
    {
        Pending or Retrying => 0,
        Sent => 1,
        _ => 2,
    };
}

/// <summary>One notification row: the ledger entry (idempotency key) and its delivery status.</summary>
public sealed record NotificationRecord(
    string Scope,
    string IdempotencyKey,
    string Kind,
    string To,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? ProviderMessageId,
    string? Detail)
{
    public NotificationView ToView() => new(Kind, To, SentAt, Status);
}

/// <summary>The answer of <see cref="NotificationStore.TryReserveAsync"/>: whether this caller owns the send.</summary>
public sealed record NotificationReservation(bool Reserved, NotificationRecord Record);

internal static class NotificationRows
{
    public static string RowKey(string idempotencyKey) => AdhesionRows.NotificationPrefix + TableKeys.Escape(idempotencyKey);

    public static TableEntity To(NotificationRecord r)
    {
        var e = new TableEntity(r.Scope, RowKey(r.IdempotencyKey))
        {
            ["IdempotencyKey"] = r.IdempotencyKey,
            ["Kind"] = r.Kind,
            ["To"] = r.To,
            ["Status"] = r.Status,
            ["CreatedAt"] = r.CreatedAt,
        };
        if (r.SentAt is { } s) e["SentAt"] = s;
        if (r.ProviderMessageId is not null) e["ProviderMessageId"] = r.ProviderMessageId;
        if (r.Detail is not null) e["Detail"] = r.Detail;
        return e;
    }

    public static NotificationRecord From(TableEntity e) => new(
        e.PartitionKey, e.GetString("IdempotencyKey") ?? "", e.GetString("Kind") ?? "", e.GetString("To") ?? "",
        e.GetString("Status") ?? NotificationStatuses.Pending, e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("SentAt"), e.GetString("ProviderMessageId"), e.GetString("Detail"));
}
