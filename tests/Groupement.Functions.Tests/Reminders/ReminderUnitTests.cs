using Groupement.Domain.Adhesions;
using Groupement.Domain.Reminders;
using Groupement.Functions.Email;
using Groupement.Functions.Hosting;
using Groupement.Functions.Features.Reminders;
using Groupement.Functions.Storage;
using Microsoft.Extensions.Configuration;

namespace Groupement.Functions.Tests.Reminders;

public class ReminderOptionsTests
{
    private static ReminderOptions Read(params (string Key, string Value)[] values) =>
        ReminderOptions.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Without_a_Reminders_section_the_planner_defaults_apply()
    {
        var o = Read();
        Assert.Equal(ReminderSettings.Default.DeadlineOffsetsDays, o.Settings.DeadlineOffsetsDays);
        Assert.Equal(ReminderSettings.Default.ReviewStaleDays, o.Settings.ReviewStaleDays);
        Assert.Equal(60, o.OutlookDays);
    }

    [Fact]
    public void Offsets_read_as_a_comma_list_or_an_array_and_numbers_as_numbers()
    {
        var o = Read(("Reminders:DeadlineOffsetsDays", "30, 10,1"), ("Reminders:ReviewStaleDays", "5"), ("Reminders:CatchUpDays", "0"));
        Assert.Equal([30, 10, 1], o.Settings.DeadlineOffsetsDays);
        Assert.Equal(5, o.Settings.ReviewStaleDays);
        Assert.Equal(0, o.Settings.CatchUpDays);
        Assert.Equal([21, 3], Read(("Reminders:DeadlineOffsetsDays:0", "21"), ("Reminders:DeadlineOffsetsDays:1", "3")).Settings.DeadlineOffsetsDays);
    }

    [Theory]
    [InlineData("Reminders:DeadlineOffsetsDays", "14,sept")]
    [InlineData("Reminders:DeadlineOffsetsDays", "7,7")]
    [InlineData("Reminders:ReviewStaleDays", "0")]
    [InlineData("Reminders:PrefectureIntervalDays", "hebdo")]
    [InlineData("Reminders:OutlookDays", "0")]
    public void A_bad_value_names_its_key(string key, string value)
    {
        var e = Assert.Throws<ConfigurationException>(() => Read((key, value)));
        Assert.Contains("Reminders__", e.Message, StringComparison.Ordinal);
    }
}

public class ReminderStatusSinceTests
{
    private static HistoryView H(int day, string e) => new(new DateTimeOffset(2026, 1, day, 9, 0, 0, TimeSpan.Zero), e, "x");

    [Fact]
    public void The_status_counts_from_the_last_time_the_adhesion_entered_it()
    {
        var history = new[]
        {
            H(2, "submitted"), H(2, "analysis-completed"), H(3, "changes-requested"), H(5, "documents-resubmitted"),
            H(6, "analysis-completed"), H(7, "analysis-completed"), H(8, "publication-recorded"),
        };
        Assert.Equal(6, ReminderInputs.StatusSince(history, AdhesionStatus.UnderReview)!.Value.Day);
        Assert.Null(ReminderInputs.StatusSince(history, AdhesionStatus.AwaitingPrefecture));
    }

    [Fact]
    public void Awaiting_the_prefecture_counts_from_the_approval()
    {
        var history = new[] { H(2, "submitted"), H(2, "analysis-completed"), H(10, "approved"), H(12, "prefecture-receipt-recorded") };
        Assert.Equal(10, ReminderInputs.StatusSince(history, AdhesionStatus.AwaitingPrefecture)!.Value.Day);
    }
}

public class ReminderMessagesTests
{
    private static readonly GroupementRecord Eprimo = new("g1", "e-primo 2026", new Coordinator("Région", "234400034", "coord@region.test"),
        new DateOnly(2026, 1, 24), new DateOnly(2026, 7, 19), 24, 1, 24, 2, ["relecture@region.test"], [], "hash", DateTimeOffset.UnixEpoch);

    private static ReminderRequest Request(string kind, string milestone, string? adhesionId) =>
        new("reminder-x", "g1", kind, "siren:214400001", milestone, "ref@commune.test", new DateOnly(2026, 1, 10), adhesionId, "214400001");

    private static readonly NotificationComposer Composer = new();

    [Fact]
    public void An_invited_member_without_an_adhesion_gets_the_invitation_page_and_is_told_to_use_its_personal_link()
    {
        var invitation = new InvitationRecord("214400001", "Commune A", "a@commune.test", "h", DateTimeOffset.UnixEpoch);
        var model = ReminderMessages.Compose(Request(ReminderKinds.Deadline, "J-14", null), new(Eprimo, null, invitation, []), "https://app.test/");
        Assert.Equal("https://app.test/adhesion?groupement=g1", model.Link);
        Assert.Equal("Commune A", model.MemberName);
        var text = Composer.Compose(model).Text;
        Assert.Contains("courriel d'invitation", text, StringComparison.Ordinal);
        Assert.Contains("coord@region.test", text, StringComparison.Ordinal);
        Assert.Contains("24 janvier 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_notice_says_the_deadline_has_passed_and_the_coordinator_decides()
    {
        var model = ReminderMessages.Compose(Request(ReminderKinds.Deadline, ReminderMilestones.DeadlinePassed, "a1"), new(Eprimo, null, null, []), "https://app.test");
        Assert.Equal("https://app.test/suivi/a1", model.Link);
        Assert.Contains("Dernier avis", Composer.Compose(model).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_reminder_counts_the_applications_waiting_and_links_to_them()
    {
        var waiting = new[] { "Commune A", "Commune B" }.Select((n, i) => new AdhesionSummary($"a{i}", "g1", AdhesionStatus.UnderReview, "", n, "commune", 1,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)).ToList();
        var request = Request(ReminderKinds.Review, "a0:under-review-since-2026-01-02:r1", "a0") with { Email = "relecture@region.test", Recipient = "reviewer:relecture@region.test" };
        var model = ReminderMessages.Compose(request, new(Eprimo, null, null, waiting), "https://app.test");
        Assert.Equal(2, model.Count);
        Assert.Equal("https://app.test/api/groupements/g1/adhesions?status=UnderReview", model.Link);
        var composed = Composer.Compose(model);
        Assert.Contains("2 dossiers", composed.Subject, StringComparison.Ordinal);
        Assert.Contains("Commune B", composed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawal_and_market_end_reminders_carry_the_window_and_the_end()
    {
        var window = Composer.Compose(ReminderMessages.Compose(Request(ReminderKinds.WithdrawalWindowOpen, "window-open", "a1"), new(Eprimo, null, null, []), "https://app.test"));
        Assert.Contains("18 juillet 2028", window.Subject, StringComparison.Ordinal);
        var end = Composer.Compose(ReminderMessages.Compose(Request(ReminderKinds.MarketEnd, "market-end", "a1"), new(Eprimo, null, null, []), "https://app.test"));
        Assert.Contains("18 juillet 2030", end.Subject, StringComparison.Ordinal);
    }
}
