using Groupement.Domain.Adhesions;
using Groupement.Domain.Time;
using Groupement.Functions.Auth;
using Groupement.Functions.Features.Reminders;
using Groupement.Functions.Storage;
using Groupement.Functions.Workflow;

namespace Groupement.Functions.Features.Dashboard;

public sealed record DashboardMilestone(string Kind, string Label, DateOnly Date);

public sealed record SubmissionsOnDay(DateOnly Date, int Count);

public sealed record InvitedNotSubmitted(string Siren, string Name, string Email, DateTimeOffset InvitedAt, DateTimeOffset? LastRemindedAt);

/// <summary>The console's first screen.</summary>
public sealed record DashboardResponse(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<DashboardMilestone> Calendar,
    IReadOnlyList<SubmissionsOnDay> SubmissionsPerDay, DateOnly JoinDeadline, IReadOnlyList<InvitedNotSubmitted> InvitedNotSubmitted);

/// <summary>
/// <c>GET /api/groupements/{gid}/dashboard</c>: counts by status, the calendar (the domain's milestones), submissions
/// per Paris civil day (every day from the first submission to the last, zeros included, for a chart against the
/// deadline), and the invited members who never submitted with their last reminder (a resend or a deadline reminder).
/// </summary>
public static class DashboardHandler
{
    internal static async Task<IResult> GetAsync(string gid, HttpContext http, Access access, AdhesionStore adhesions,
        GroupementStore groupements, ReminderLog reminders)
    {
        var ct = http.RequestAborted;
        var (groupement, _) = await access.GroupementAsync(http, gid);
        var all = await adhesions.ListAsync(gid, null, ct);
        var counts = Enum.GetValues<AdhesionStatus>().ToDictionary(s => s.ToString(), s => all.Count(a => a.Status == s));
        var calendar = groupement.Calendar();
        var milestones = calendar.Milestones.Select(m => new DashboardMilestone(m.Kind, m.Label, m.Date)).ToList();

        var invitations = await groupements.ListInvitationsAsync(gid, ct);
        var applied = all.Select(a => a.Siren).ToHashSet(StringComparer.Ordinal);
        var reminded = (await reminders.ListAsync(gid, ct)).Where(r => r.Siren is not null && r.AdhesionId is null && r.SentAt is not null)
            .GroupBy(r => r.Siren!).ToDictionary(g => g.Key, g => g.Max(r => r.SentAt!.Value), StringComparer.Ordinal);
        var waiting = invitations.Where(i => i.SubmittedAdhesionId is null && !applied.Contains(i.Siren))
            .Select(i => new InvitedNotSubmitted(i.Siren, i.Name, i.Email, i.InvitedAt, Latest(i.LastRemindedAt, reminded.GetValueOrDefault(i.Siren))))
            .OrderBy(i => i.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).ToList();

        return Results.Ok(new DashboardResponse(counts, milestones, PerDay(all), calendar.JoinDeadline, waiting));
    }

    internal static IReadOnlyList<SubmissionsOnDay> PerDay(IEnumerable<AdhesionSummary> adhesions)
    {
        var byDay = adhesions.GroupBy(a => Paris.ToCivilDay(a.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        if (byDay.Count == 0) return [];
        var list = new List<SubmissionsOnDay>();
        for (var d = byDay.Keys.Min(); d <= byDay.Keys.Max(); d = d.AddDays(1)) list.Add(new SubmissionsOnDay(d, byDay.GetValueOrDefault(d)));
        return list;
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset b) =>
        b == default ? a : a is { } x && x > b ? x : b;
}
