using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;
using static Groupement.Domain.Tests.Reminders.PlannerFixture;

namespace Groupement.Domain.Tests.Reminders;

public class DeadlineReminderTests
{
    private static readonly InvitedMember Invited = new("214901159", "mairie@ancenis.test", false);

    [Theory]
    [InlineData(10, "J-14")]
    [InlineData(17, "J-7")]
    [InlineData(22, "J-2")]
    public void Invited_members_who_have_not_submitted_are_reminded_on_each_J_day(int day, string milestone)
    {
        var due = Assert.Single(Plan(Input([Invited]), D(2026, 1, day)));
        Assert.Equal(ReminderKinds.Deadline, due.Kind);
        Assert.Equal(milestone, due.Milestone);
        Assert.Equal("mairie@ancenis.test", due.Email);
        Assert.Equal(D(2026, 1, day), due.DueOn);
        Assert.Equal(new ReminderKey(Gid, "deadline-reminder", "siren:214901159", milestone), due.Key);
    }

    [Fact]
    public void Nothing_is_due_between_the_J_days_once_the_catch_up_has_run_out()
    {
        Assert.Empty(Plan(Input([Invited]), D(2026, 1, 9)));
        Assert.Empty(Plan(Input([Invited]), D(2026, 1, 14))); // J-14 + 4 days: too late for J-14
        Assert.Empty(Plan(Input([Invited]), D(2026, 1, 16)));
    }

    [Theory]
    [InlineData(11, "J-14")]
    [InlineData(13, "J-14")]
    [InlineData(18, "J-7")]
    [InlineData(20, "J-7")]
    [InlineData(21, null)] // J-7 + 4 days
    [InlineData(23, "J-2")]
    [InlineData(24, "J-2")] // the deadline day itself: still useful
    [InlineData(25, null)]  // after the deadline: never a J-reminder
    public void A_missed_J_day_is_caught_up_for_three_days_at_most(int day, string? milestone)
    {
        var due = Plan(Input([Invited]), D(2026, 1, day));
        Assert.Equal(milestone is null ? [] : [milestone], due.Select(d => d.Milestone));
    }

    [Fact]
    public void A_J_day_superseded_by_the_next_one_is_never_sent_late()
    {
        // J-7 and J-2 five days apart with a catch-up of ten days: on J-2's day only J-2 is due.
        var settings = ReminderSettings.Default with { CatchUpDays = 10 };
        var due = Plan(Input([Invited], settings: settings), D(2026, 1, 22));
        Assert.Equal(["J-2"], due.Select(d => d.Milestone));
        Assert.Equal(["J-7"], Plan(Input([Invited], settings: settings), D(2026, 1, 21)).Select(d => d.Milestone));
    }

    [Fact]
    public void Members_who_submitted_are_not_reminded_by_flag_or_by_an_adhesion_under_their_SIREN()
    {
        var submitted = Invited with { Submitted = true };
        Assert.Empty(Plan(Input([submitted]), D(2026, 1, 10)));
        var underReview = Adhesion("a1", Invited.Siren, AdhesionStatus.UnderReview, D(2026, 1, 9));
        Assert.DoesNotContain(Plan(Input([Invited], [underReview]), D(2026, 1, 10)), d => d.Kind == ReminderKinds.Deadline);
    }

    [Fact]
    public void Adhesions_in_ChangesRequested_are_reminded_at_their_referent_address()
    {
        var a = Adhesion("a1", "200030195", AdhesionStatus.ChangesRequested, D(2026, 1, 3), "dgs@cc.test");
        var due = Assert.Single(Plan(Input(adhesions: [a]), D(2026, 1, 17)));
        Assert.Equal(("J-7", "dgs@cc.test", "a1"), (due.Milestone, due.Email, due.AdhesionId));
        Assert.Equal("siren:200030195", due.Key.Recipient);
    }

    [Fact]
    public void An_invited_member_in_ChangesRequested_gets_one_reminder_at_its_referent_address()
    {
        var a = Adhesion("a1", Invited.Siren, AdhesionStatus.ChangesRequested, D(2026, 1, 3), "dgs@ancenis.test");
        var due = Assert.Single(Plan(Input([Invited], [a]), D(2026, 1, 22)));
        Assert.Equal("dgs@ancenis.test", due.Email);
    }

    [Fact]
    public void Adhesions_still_in_ChangesRequested_get_one_last_notice_after_the_deadline()
    {
        var a = Adhesion("a1", "200030195", AdhesionStatus.ChangesRequested, D(2026, 1, 3));
        var input = Input([Invited], [a]);
        var due = Assert.Single(Plan(input, D(2026, 1, 25)));
        Assert.Equal((ReminderKinds.Deadline, ReminderMilestones.DeadlinePassed, D(2026, 1, 25)), (due.Kind, due.Milestone, due.DueOn));
        Assert.Equal(due.Key, Assert.Single(Plan(input, D(2026, 1, 28))).Key); // caught up, same key
        Assert.Empty(Plan(input, D(2026, 1, 29)));
    }

    [Fact]
    public void Offsets_are_configurable()
    {
        var settings = ReminderSettings.Default with { DeadlineOffsetsDays = [30, 1] };
        Assert.Equal(["J-30"], Plan(Input([Invited], settings: settings), D(2025, 12, 25)).Select(d => d.Milestone));
        Assert.Equal(["J-1"], Plan(Input([Invited], settings: settings), D(2026, 1, 23)).Select(d => d.Milestone));
        Assert.Empty(Plan(Input([Invited], settings: settings), D(2026, 1, 10)));
    }
}
