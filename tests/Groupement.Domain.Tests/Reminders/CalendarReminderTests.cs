using Groupement.Domain.Adhesions;
using Groupement.Domain.Calendar;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;
using Groupement.Domain.Tests.Calendar;
using static Groupement.Domain.Tests.Reminders.PlannerFixture;

namespace Groupement.Domain.Tests.Reminders;

public class CalendarReminderTests
{
    private static readonly AdhesionSnapshot Enrolled = Adhesion("a1", "214901159", AdhesionStatus.Enrolled, D(2026, 3, 1), "dgs@ancenis.test");
    private static readonly AdhesionSnapshot Leaving = Adhesion("a2", "200030195", AdhesionStatus.Withdrawn, D(2028, 5, 20));
    private static readonly AdhesionSnapshot Waiting = Adhesion("a3", "217500016", AdhesionStatus.AwaitingPrefecture, D(2028, 5, 15));

    private static IReadOnlyList<DueReminder> On(DateOnly day) =>
        Plan(Input(adhesions: [Enrolled, Leaving]), day);

    [Fact]
    public void Enrolled_members_are_told_on_the_first_day_of_the_withdrawal_window()
    {
        var due = Assert.Single(On(D(2028, 5, 19)));
        Assert.Equal((ReminderKinds.WithdrawalWindowOpen, ReminderMilestones.WindowOpen, "dgs@ancenis.test"), (due.Kind, due.Milestone, due.Email));
        Assert.Empty(On(D(2028, 5, 18)));
        Assert.Single(On(D(2028, 5, 22))); // three days of catch-up
        Assert.Empty(On(D(2028, 5, 23)));
    }

    [Fact]
    public void Enrolled_members_are_told_again_15_days_before_the_window_closes_until_it_closes()
    {
        Assert.Empty(On(D(2028, 7, 3)));
        var due = Assert.Single(On(D(2028, 7, 4))); // 4..18 July: 15 days left
        Assert.Equal((ReminderMilestones.WindowClosing, D(2028, 7, 4)), (due.Milestone, due.DueOn));
        Assert.Equal(due.Key, Assert.Single(On(D(2028, 7, 18))).Key);
        Assert.Empty(On(D(2028, 7, 19)));
    }

    [Fact]
    public void Members_who_withdrew_or_are_not_enrolled_get_no_window_reminder()
    {
        var due = Plan(Input(adhesions: [Enrolled, Leaving, Waiting]), D(2028, 7, 4));
        Assert.Equal(["a1"], due.Where(d => d.Kind == ReminderKinds.WithdrawalWindowOpen).Select(d => d.AdhesionId));
    }

    [Fact]
    public void Enrolled_members_are_told_six_months_before_the_end_of_the_market()
    {
        Assert.Empty(On(D(2030, 1, 18)));
        var due = Assert.Single(On(D(2030, 1, 19)));
        Assert.Equal((ReminderKinds.MarketEnd, ReminderMilestones.MarketEndSoon, "dgs@ancenis.test"), (due.Kind, due.Milestone, due.Email));
        Assert.Single(On(D(2030, 2, 18))); // thirty days of catch-up
        Assert.Empty(On(D(2030, 2, 19)));
    }

    [Fact]
    public void Without_a_window_there_is_no_withdrawal_reminder_but_still_a_market_end()
    {
        var creteil = GroupementCalendar.Create(Conventions.Creteil);
        var input = Input(adhesions: [Enrolled]) with { Calendar = creteil };
        var all = Enumerable.Range(0, creteil.End.DayNumber - creteil.MarketStart.DayNumber)
            .SelectMany(i => ReminderPlanner.Plan(input, creteil.MarketStart.AddDays(i)))
            .DistinctBy(d => d.Key)
            .ToList();
        var due = Assert.Single(all);
        Assert.Equal((ReminderKinds.MarketEnd, new DateOnly(2029, 3, 1)), (due.Kind, due.DueOn));
    }

    [Fact]
    public void Planning_twice_the_same_day_gives_the_same_keys_in_the_same_order()
    {
        var input = Input([new InvitedMember("443061841", "m@x.test", false)], [Enrolled], ["r@x.test"]);
        Assert.Equal(Plan(input, D(2028, 5, 19)).Select(d => d.Key.Value), Plan(input, D(2028, 5, 19)).Select(d => d.Key.Value));
        Assert.Equal(Plan(input, D(2026, 1, 10)), Plan(input, D(2026, 1, 10)));
    }

    [Fact]
    public void Instance_ids_are_storage_safe_stable_and_distinct()
    {
        var key = new ReminderKey("g/1", "review-reminder", "reviewer:a#b?@x.test", "a1:r1");
        Assert.Matches("^reminder-[0-9a-f]{32}$", key.InstanceId);
        Assert.Equal(key.InstanceId, (key with { }).InstanceId);
        Assert.NotEqual(key.InstanceId, (key with { Milestone = "a1:r2" }).InstanceId);
        Assert.Equal("g/1|review-reminder|reviewer:a#b?@x.test|a1:r1", key.Value);
    }
}
