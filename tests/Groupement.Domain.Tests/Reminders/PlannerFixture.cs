using Groupement.Domain.Adhesions;
using Groupement.Domain.Calendar;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;
using Groupement.Domain.Tests.Calendar;

namespace Groupement.Domain.Tests.Reminders;

/// <summary>Builds planner inputs over the e-primo 2026 calendar (deadline 24 January 2026).</summary>
internal static class PlannerFixture
{
    public const string Gid = "eprimo-2026";
    public static readonly GroupementCalendar EPrimo = GroupementCalendar.Create(Conventions.EPrimo2026);

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static PlannerInput Input(
        IEnumerable<InvitedMember>? invitations = null,
        IEnumerable<AdhesionSnapshot>? adhesions = null,
        IEnumerable<string>? reviewers = null,
        ReminderSettings? settings = null) =>
        new(Gid, EPrimo, settings ?? ReminderSettings.Default,
            (invitations ?? []).ToList(), (adhesions ?? []).ToList(), (reviewers ?? []).ToList());

    public static AdhesionSnapshot Adhesion(string id, string siren, AdhesionStatus status, DateOnly since, string? email = null) =>
        new(id, siren, status, email ?? $"referent-{siren}@mairie.test", since);

    public static IReadOnlyList<DueReminder> Plan(PlannerInput input, DateOnly today) => ReminderPlanner.Plan(input, today);
}
