using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;
using static Groupement.Domain.Tests.Reminders.PlannerFixture;

namespace Groupement.Domain.Tests.Reminders;

public class StatusReminderTests
{
    private static readonly string[] Reviewers = ["Relecteur@Rectorat.test", "daf@rectorat.test", "relecteur@rectorat.test "];

    [Fact]
    public void Reviewers_are_reminded_once_an_adhesion_waits_ReviewStaleDays_then_every_as_many_days()
    {
        var a = Adhesion("a1", "214901159", AdhesionStatus.UnderReview, D(2026, 2, 1));
        var input = Input(adhesions: [a], reviewers: Reviewers);
        Assert.Empty(Plan(input, D(2026, 2, 7)));
        var first = Plan(input, D(2026, 2, 8));
        Assert.Equal(["daf@rectorat.test", "Relecteur@Rectorat.test"], first.Select(d => d.Email).Order(StringComparer.OrdinalIgnoreCase));
        Assert.All(first, d => Assert.Equal("a1:under-review-since-2026-02-01:r1", d.Milestone));
        Assert.All(first, d => Assert.Equal(D(2026, 2, 8), d.DueOn));
        Assert.Contains(first, d => d.Key.Recipient == "reviewer:relecteur@rectorat.test");
        Assert.Equal(first.Select(d => d.Key), Plan(input, D(2026, 2, 14)).Select(d => d.Key)); // same period, same keys
        Assert.All(Plan(input, D(2026, 2, 15)), d => Assert.EndsWith(":r2", d.Milestone, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_stay_in_review_starts_a_new_count_with_new_keys()
    {
        var before = Plan(Input(adhesions: [Adhesion("a1", "214901159", AdhesionStatus.UnderReview, D(2026, 2, 1))], reviewers: Reviewers), D(2026, 2, 8));
        var after = Plan(Input(adhesions: [Adhesion("a1", "214901159", AdhesionStatus.UnderReview, D(2026, 3, 1))], reviewers: Reviewers), D(2026, 3, 8));
        Assert.Empty(before.Select(d => d.Key).Intersect(after.Select(d => d.Key)));
    }

    [Fact]
    public void Review_reminders_follow_the_configured_delay()
    {
        var a = Adhesion("a1", "214901159", AdhesionStatus.UnderReview, D(2026, 2, 1));
        var input = Input(adhesions: [a], reviewers: ["r@x.test"], settings: ReminderSettings.Default with { ReviewStaleDays = 3 });
        Assert.Equal(D(2026, 2, 4), Assert.Single(Plan(input, D(2026, 2, 5))).DueOn);
    }

    [Fact]
    public void Referents_of_adhesions_awaiting_the_prefecture_are_reminded_weekly()
    {
        var a = Adhesion("a1", "214901159", AdhesionStatus.AwaitingPrefecture, D(2026, 2, 2), "dgs@ancenis.test");
        var input = Input(adhesions: [a], reviewers: Reviewers);
        Assert.Empty(Plan(input, D(2026, 2, 8)));
        var w1 = Assert.Single(Plan(input, D(2026, 2, 9)));
        Assert.Equal((ReminderKinds.Prefecture, "dgs@ancenis.test", "a1:awaiting-prefecture-since-2026-02-02:w1"), (w1.Kind, w1.Email, w1.Milestone));
        Assert.Equal("siren:214901159", w1.Key.Recipient);
        var w3 = Assert.Single(Plan(input, D(2026, 2, 25)));
        Assert.Equal((D(2026, 2, 23), "a1:awaiting-prefecture-since-2026-02-02:w3"), (w3.DueOn, w3.Milestone));
    }

    [Fact]
    public void Other_statuses_get_no_periodic_reminder()
    {
        var adhesions = new[] { AdhesionStatus.Submitted, AdhesionStatus.Enrolled, AdhesionStatus.Rejected, AdhesionStatus.Closed, AdhesionStatus.Withdrawn }
            .Select((s, i) => Adhesion($"a{i}", "214901159", s, D(2026, 2, 1)));
        Assert.Empty(Plan(Input(adhesions: adhesions, reviewers: Reviewers), D(2026, 3, 1)));
    }
}
