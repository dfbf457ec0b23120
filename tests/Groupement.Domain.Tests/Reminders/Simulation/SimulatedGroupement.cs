using Groupement.Domain.Adhesions;
using Groupement.Domain.Calendar;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;

namespace Groupement.Domain.Tests.Reminders.Simulation;

/// <summary>The state a sweep would read from storage, kept in memory; changed by the scenario's events.</summary>
internal sealed class SimulatedGroupement(string id, GroupementCalendar calendar, ReminderSettings settings, IReadOnlyList<string> reviewers)
{
    private readonly Dictionary<string, InvitedMember> _invitations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AdhesionSnapshot> _adhesions = new(StringComparer.Ordinal);

    public string Id => id;

    public GroupementCalendar Calendar => calendar;

    public IReadOnlyList<string> Reviewers => reviewers;

    public IReadOnlyDictionary<string, InvitedMember> Invitations => _invitations;

    public IReadOnlyDictionary<string, AdhesionSnapshot> Adhesions => _adhesions;

    public void Invite(string siren, string email) => _invitations[siren] = new InvitedMember(siren, email, false);

    public void Submit(string adhesionId, string siren, string referentEmail, DateOnly today)
    {
        if (_invitations.TryGetValue(siren, out var invited))
            _invitations[siren] = invited with { Submitted = true };
        _adhesions[adhesionId] = new AdhesionSnapshot(adhesionId, siren, AdhesionStatus.UnderReview, referentEmail, today);
    }

    public void Move(string adhesionId, AdhesionStatus status, DateOnly today) =>
        _adhesions[adhesionId] = _adhesions[adhesionId] with { Status = status, StatusSince = today };

    public PlannerInput ToPlannerInput() =>
        new(id, calendar, settings, _invitations.Values.ToList(), _adhesions.Values.ToList(), reviewers);
}
