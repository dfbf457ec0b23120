using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;
using static Groupement.Domain.Tests.Reminders.PlannerFixture;

namespace Groupement.Domain.Tests.Reminders;

public class ReminderOutlookTests
{
    private static readonly InvitedMember Silent = new("214901159", "mairie@ancenis.test", false);
    private static readonly InvitedMember Flagged = new("200030195", "cc@x.test", true);
    private static readonly InvitedMember Submitter = new("217500016", "paris@x.test", false);

    [Fact]
    public void The_coordinator_sees_the_reminders_coming_up_in_due_order()
    {
        var upcoming = ReminderOutlook.Upcoming(Input([Silent]), D(2026, 1, 1), days: 30);
        Assert.Equal(
            [("J-14", D(2026, 1, 10)), ("J-7", D(2026, 1, 17)), ("J-2", D(2026, 1, 22))],
            upcoming.Select(r => (r.Milestone, r.DueOn)));
    }

    [Fact]
    public void Reminders_due_today_are_not_repeated_as_upcoming()
    {
        var upcoming = ReminderOutlook.Upcoming(Input([Silent]), D(2026, 1, 10), days: 30);
        Assert.DoesNotContain(upcoming, r => r.Milestone == "J-14");
    }

    [Fact]
    public void Invited_members_without_an_adhesion_are_listed_for_the_coordinator()
    {
        var adhesions = new[] { Adhesion("a1", Submitter.Siren, AdhesionStatus.Rejected, D(2026, 1, 5)) };
        Assert.Equal([Silent], ReminderOutlook.InvitedWithoutAdhesion([Silent, Flagged, Submitter], adhesions));
    }

    [Fact]
    public void Adhesions_awaiting_correction_are_listed_for_the_coordinator()
    {
        var waiting = Adhesion("a1", "214901159", AdhesionStatus.ChangesRequested, D(2026, 1, 5));
        var enrolled = Adhesion("a2", "200030195", AdhesionStatus.Enrolled, D(2026, 1, 5));
        Assert.Equal([waiting], ReminderOutlook.AwaitingCorrection([waiting, enrolled]));
    }

    [Fact]
    public void Default_settings_are_valid_and_bad_ones_are_named()
    {
        Assert.Empty(ReminderSettings.Default.Validate());
        Assert.Equal([14, 7, 2], ReminderSettings.Default.DeadlineOffsetsDays);
        var bad = ReminderSettings.Default with { DeadlineOffsetsDays = [7, 7, 0], ReviewStaleDays = 0 };
        Assert.Equal(["deadlineOffsetsDays", "reviewStaleDays"], bad.Validate().Keys.Order(StringComparer.Ordinal));
    }
}
