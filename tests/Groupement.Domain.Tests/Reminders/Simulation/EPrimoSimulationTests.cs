using Groupement.Domain.Adhesions;
using Groupement.Domain.Calendar;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;
using Groupement.Domain.Tests.Calendar;
using Groupement.Domain.Time;
using Microsoft.Extensions.Time.Testing;
using static Groupement.Domain.Tests.Reminders.Simulation.EPrimoScenario;

namespace Groupement.Domain.Tests.Reminders.Simulation;

/// <summary>
/// 48 months of the e-primo 2026 convention, day by day on a fake clock: a sweep each morning in Paris (skipped on
/// the days the host is down), run twice as two hosts would, with an in-memory set of sent keys standing in for storage.
/// </summary>
public class EPrimoSimulationTests
{
    private sealed record Sent(DateOnly SentOn, DueReminder Reminder, DateTimeOffset At);

    private sealed class Run
    {
        public List<Sent> Sent { get; } = [];
        public int DuplicatesDropped { get; set; }
        public HashSet<TimeSpan> OffsetsSeen { get; } = [];
        public SimulatedGroupement Groupement { get; init; } = null!;
    }

    private static Run Simulate(TimeOnly sweepAt)
    {
        var calendar = GroupementCalendar.Create(Conventions.EPrimo2026);
        var g = new SimulatedGroupement("eprimo-2026", calendar, EPrimoScenario.Settings, [R1, R2]);
        foreach (var siren in Invited)
            g.Invite(siren, Inv(siren));
        var clock = new FakeTimeProvider(Paris.StartOfDay(First));
        var storage = new HashSet<string>(StringComparer.Ordinal); // the sent-reminder table, keyed by instance id
        var run = new Run { Groupement = g };

        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            if (!Down.Contains(day))
            {
                clock.SetUtcNow(Paris.At(day, sweepAt));
                var local = Paris.ToLocal(clock.GetUtcNow());
                Assert.Equal((day, sweepAt), (Paris.Today(clock), TimeOnly.FromTimeSpan(local.TimeOfDay)));
                run.OffsetsSeen.Add(local.Offset);
                for (var host = 0; host < 2; host++) // a second host sweeps the same morning
                {
                    foreach (var due in ReminderPlanner.Plan(g.ToPlannerInput(), Paris.Today(clock)))
                    {
                        if (storage.Add(due.Key.InstanceId))
                            run.Sent.Add(new Sent(day, due, clock.GetUtcNow()));
                        else
                            run.DuplicatesDropped++;
                    }
                }
            }
            clock.SetUtcNow(Paris.At(day, new TimeOnly(10, 0)));
            if (Events.TryGetValue(day, out var act))
                act(g, Paris.Today(clock));
            foreach (var (_, adhesionId, allowed) in WithdrawalRequests.Where(w => w.Day == day))
            {
                var decision = Withdrawal.Decide(calendar, clock);
                Assert.Equal(allowed, decision.Allowed);
                if (decision.Allowed)
                    g.Move(adhesionId, AdhesionStatus.Withdrawn, decision.RequestedOn);
            }
        }
        return run;
    }

    public static TheoryData<string> SweepTimes => ["06:00", "00:15"];

    [Theory]
    [MemberData(nameof(SweepTimes))]
    public void Every_reminder_goes_on_its_day_in_Paris_once_and_to_the_right_person(string sweepTime)
    {
        var run = Simulate(TimeOnly.Parse(sweepTime, System.Globalization.CultureInfo.InvariantCulture));

        var actual = run.Sent
            .Select(s => (s.SentOn, s.Reminder.Kind, s.Reminder.Milestone, s.Reminder.Email, s.Reminder.DueOn))
            .Order()
            .ToList();
        Assert.Equal(Expected().Order().ToList(), actual);
        Assert.Equal(run.Sent.Count, run.Sent.Select(s => s.Reminder.Key.Value).Distinct().Count());
        Assert.True(run.DuplicatesDropped >= run.Sent.Count); // the second host found every key taken
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2)], run.OffsetsSeen.Order());
    }

    [Fact]
    public void No_reminder_reaches_anyone_but_the_invited_member_the_referent_or_a_reviewer()
    {
        var run = Simulate(new TimeOnly(6, 0));
        var g = run.Groupement;
        Assert.All(run.Sent, s =>
        {
            var r = s.Reminder;
            if (r.Kind == ReminderKinds.Review)
            {
                Assert.Contains(r.Email, g.Reviewers);
                Assert.Equal(ReminderKey.ReviewerRecipient(r.Email), r.Key.Recipient);
                Assert.StartsWith(r.AdhesionId + ":", r.Milestone, StringComparison.Ordinal);
                return;
            }
            Assert.Equal(ReminderKey.MemberRecipient(r.Siren!), r.Key.Recipient);
            var expected = r.AdhesionId is null ? g.Invitations[r.Siren!].Email : g.Adhesions[r.AdhesionId].ReferentEmail;
            Assert.Equal(expected, r.Email);
            if (r.AdhesionId is not null)
                Assert.Equal(r.Siren, g.Adhesions[r.AdhesionId].Siren);
        });
    }

    [Fact]
    public void Each_sweep_is_stamped_at_the_Paris_morning_across_the_clock_changes()
    {
        var run = Simulate(new TimeOnly(6, 0));
        Assert.Contains(run.Sent, s => s.At == new DateTimeOffset(2028, 5, 21, 4, 0, 0, TimeSpan.Zero)); // summer: 04:00 UTC
        Assert.Contains(run.Sent, s => s.At == new DateTimeOffset(2030, 1, 26, 5, 0, 0, TimeSpan.Zero)); // winter: 05:00 UTC
    }

    [Fact]
    public void The_withdrawing_member_hears_of_the_window_opening_but_not_of_its_closing_nor_of_the_market_end()
    {
        var run = Simulate(new TimeOnly(6, 0));
        var toWdr = run.Sent.Where(s => s.Reminder.Siren == Wdr).Select(s => s.Reminder.Milestone).ToList();
        Assert.Equal([ReminderMilestones.WindowOpen], toWdr);
        Assert.Equal(AdhesionStatus.Withdrawn, run.Groupement.Adhesions["a-wdr"].Status);
        Assert.Equal(AdhesionStatus.Enrolled, run.Groupement.Adhesions["a-lat"].Status);
    }
}
