using Groupement.Domain.Adhesions;
using Groupement.Domain.Calendar;
using Groupement.Domain.Members;

namespace Groupement.Domain.Reminders;

/// <summary>A member invited by the coordinator. <see cref="Submitted"/>: it has submitted an adhésion.</summary>
public sealed record InvitedMember(string Siren, string Email, bool Submitted);

/// <summary>
/// What the planner needs of an adhésion: its status and the civil day (Paris) it entered that status.
/// </summary>
public sealed record AdhesionSnapshot(
    string AdhesionId,
    string Siren,
    AdhesionStatus Status,
    string ReferentEmail,
    DateOnly StatusSince);

/// <summary>Everything <see cref="ReminderPlanner.Plan"/> looks at, read from the read models by the caller.</summary>
public sealed record PlannerInput(
    string GroupementId,
    GroupementCalendar Calendar,
    ReminderSettings Settings,
    IReadOnlyList<InvitedMember> Invitations,
    IReadOnlyList<AdhesionSnapshot> Adhesions,
    IReadOnlyList<string> Reviewers);
