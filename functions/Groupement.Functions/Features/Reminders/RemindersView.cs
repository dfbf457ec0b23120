using Groupement.Domain.Reminders;
using Groupement.Domain.Time;
using Groupement.Functions.Storage;

namespace Groupement.Functions.Features.Reminders;

/// <summary>A reminder the coordinator will see go out on <see cref="DueOn"/> if nothing changes (today's not yet sent included).</summary>
public sealed record UpcomingReminder(string Kind, string Recipient, string Milestone, string To, DateOnly DueOn, string? AdhesionId, string? Siren);

/// <summary>The <c>reminders</c> member of <c>GET /api/groupements/{gid}</c>: what was sent to whom, and what is due next.</summary>
public sealed record RemindersView(IReadOnlyList<SentReminder> Sent, IReadOnlyList<UpcomingReminder> Upcoming);

/// <summary>Builds <see cref="RemindersView"/> from the reminder log and the planner's outlook.</summary>
public sealed class ReminderOutlookService(ReminderInputs inputs, ReminderLog log, NotificationStore ledger, ReminderOptions options,
    TimeProvider time)
{
    public async Task<RemindersView> ForAsync(GroupementRecord groupement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(groupement);
        var today = Paris.Today(time);
        var input = await inputs.ReadAsync(groupement, ct);
        var sent = await WithDeliveryAsync(groupement.Id, await log.ListAsync(groupement.Id, ct), ct);
        var sentIds = sent.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var dueToday = ReminderPlanner.Plan(input, today).Where(r => !sentIds.Contains(r.Key.InstanceId));
        var upcoming = dueToday.Concat(ReminderOutlook.Upcoming(input, today, options.OutlookDays))
            .Select(r => new UpcomingReminder(r.Kind, r.Key.Recipient, r.Milestone, r.Email, r.DueOn, r.AdhesionId, r.Siren))
            .OrderBy(r => r.DueOn).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Recipient, StringComparer.Ordinal)
            .ToList();
        return new RemindersView(sent, upcoming);
    }

    /// <summary>The status the ledger holds now (delivered, bounce… from the provider's events), one query per scope.</summary>
    private async Task<IReadOnlyList<SentReminder>> WithDeliveryAsync(string groupementId, IReadOnlyList<SentReminder> sent, CancellationToken ct)
    {
        var statuses = new Dictionary<string, NotificationRecord>(StringComparer.Ordinal);
        foreach (var scope in sent.Select(r => r.AdhesionId ?? groupementId).Distinct(StringComparer.Ordinal))
            foreach (var n in await ledger.ListAsync(scope, ct))
                statuses[n.IdempotencyKey] = n;
        return [.. sent.Select(r => statuses.TryGetValue(r.Id, out var n) ? r with { Status = n.Status, SentAt = n.SentAt ?? r.SentAt } : r)];
    }
}
