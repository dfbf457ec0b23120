using Groupement.Domain.Adhesions;
using Groupement.Domain.Members;
using Groupement.Domain.Reminders;

namespace Groupement.Domain.Tests.Reminders.Simulation;

/// <summary>
/// The e-primo 2026 groupement from December 2025 to the end of July 2030: who acts when (at 10:00 Paris time),
/// which days the host is down, and every reminder expected, with the day it goes and the day it was due.
/// Deadline 24 January 2026: J-14 = 10 January, J-7 = 17 January, J-2 = 22 January. Reviews go stale after 5 days.
/// </summary>
internal static class EPrimoScenario
{
    public const string R1 = "relecture@ac-nantes.test";
    public const string R2 = "daf@ac-nantes.test";

    public static readonly DateOnly First = D(2025, 12, 1);
    public static readonly DateOnly Last = D(2030, 7, 31);

    public static ReminderSettings Settings { get; } = ReminderSettings.Default with { ReviewStaleDays = 5 };

    // SIRENs (Luhn-valid), invitation addresses, référent addresses (deliberately different).
    public const string Anc = "214400038", Cli = "214400434", Cor = "214401093", Lat = "214401812",
        Wdr = "214401622", Rej = "214401903", Lap = "214901159";

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static string Inv(string siren) => $"mairie-{siren}@invite.test";

    public static string Ref(string siren) => $"referent-{siren}@mairie.test";

    /// <summary>Days without any sweep (host down): J-14 caught up, J-7 lost, a prefecture week caught up, and the rest.</summary>
    public static readonly HashSet<DateOnly> Down =
    [
        D(2026, 1, 10), D(2026, 1, 11),
        D(2026, 1, 17), D(2026, 1, 18), D(2026, 1, 19), D(2026, 1, 20), D(2026, 1, 21),
        D(2026, 2, 7), D(2026, 2, 8), D(2026, 2, 9), D(2026, 2, 10),
        D(2028, 5, 19), D(2028, 5, 20),
        D(2030, 1, 19), D(2030, 1, 20), D(2030, 1, 21), D(2030, 1, 22), D(2030, 1, 23), D(2030, 1, 24), D(2030, 1, 25),
    ];

    /// <summary>What happens each day (at 10:00, after the morning sweep).</summary>
    public static readonly Dictionary<DateOnly, Action<SimulatedGroupement, DateOnly>> Events = new()
    {
        [D(2025, 12, 10)] = (g, d) => g.Submit("a-cli", Cli, Ref(Cli), d),
        [D(2025, 12, 12)] = (g, d) => g.Move("a-cli", AdhesionStatus.AwaitingPrefecture, d),
        [D(2025, 12, 15)] = (g, d) => g.Submit("a-cor", Cor, Ref(Cor), d),
        [D(2025, 12, 22)] = (g, d) => g.Move("a-cor", AdhesionStatus.ChangesRequested, d),
        [D(2025, 12, 30)] = (g, d) => g.Move("a-cli", AdhesionStatus.Enrolled, d),
        [D(2026, 1, 2)] = (g, d) => g.Submit("a-lap", Lap, Ref(Lap), d),
        [D(2026, 1, 3)] = (g, d) => g.Move("a-lap", AdhesionStatus.ChangesRequested, d),
        [D(2026, 1, 6)] = (g, d) => g.Submit("a-wdr", Wdr, Ref(Wdr), d),
        [D(2026, 1, 7)] = (g, d) => g.Submit("a-rej", Rej, Ref(Rej), d),
        [D(2026, 1, 8)] = (g, d) => g.Move("a-wdr", AdhesionStatus.Enrolled, d), // approved, already executory
        [D(2026, 1, 12)] = (g, d) => g.Submit("a-cor", Cor, Ref(Cor), d), // corrected documents
        [D(2026, 1, 14)] = (g, d) => g.Move("a-rej", AdhesionStatus.Rejected, d),
        [D(2026, 1, 16)] = (g, d) => { g.Move("a-cor", AdhesionStatus.ChangesRequested, d); g.Submit("a-lat", Lat, Ref(Lat), d); },
        [D(2026, 1, 27)] = (g, d) => g.Submit("a-cor", Cor, Ref(Cor), d), // after the deadline: a correction, not a new adhésion
        [D(2026, 1, 29)] = (g, d) => g.Move("a-cor", AdhesionStatus.AwaitingPrefecture, d),
        [D(2026, 2, 1)] = (g, d) => g.Move("a-lat", AdhesionStatus.AwaitingPrefecture, d),
        [D(2026, 2, 11)] = (g, d) => g.Move("a-cor", AdhesionStatus.Enrolled, d),
        [D(2026, 2, 15)] = (g, d) => g.Move("a-lap", AdhesionStatus.Closed, d),
        [D(2026, 2, 20)] = (g, d) => g.Move("a-lat", AdhesionStatus.Enrolled, d),
    };

    /// <summary>Withdrawal requests: (day, adhésion, allowed?). Allowed ones move the adhésion to Withdrawn.</summary>
    public static readonly (DateOnly Day, string AdhesionId, bool Allowed)[] WithdrawalRequests =
    [
        (D(2028, 4, 1), "a-lat", false),
        (D(2028, 6, 1), "a-wdr", true),
        (D(2028, 7, 19), "a-cli", false),
    ];

    public static IEnumerable<string> Invited => [Anc, Cli, Cor, Lat, Wdr, Lap];

    /// <summary>(sent on, kind, milestone, email, due on): everything that must go, and nothing else.</summary>
    public static IEnumerable<(DateOnly SentOn, string Kind, string Milestone, string Email, DateOnly DueOn)> Expected()
    {
        const string dl = ReminderKinds.Deadline, rv = ReminderKinds.Review, pf = ReminderKinds.Prefecture,
            ww = ReminderKinds.WithdrawalWindowOpen, me = ReminderKinds.MarketEnd;
        (DateOnly, string, string, string, DateOnly) E(DateOnly sent, string kind, string milestone, string email, DateOnly? due = null) =>
            (sent, kind, milestone, email, due ?? sent);

        yield return E(D(2025, 12, 19), pf, "a-cli:awaiting-prefecture-since-2025-12-12:w1", Ref(Cli));
        foreach (var r in new[] { R1, R2 })
            yield return E(D(2025, 12, 20), rv, "a-cor:under-review-since-2025-12-15:r1", r);
        yield return E(D(2025, 12, 26), pf, "a-cli:awaiting-prefecture-since-2025-12-12:w2", Ref(Cli));

        foreach (var r in new[] { R1, R2 })
            yield return E(D(2026, 1, 12), rv, "a-rej:under-review-since-2026-01-07:r1", r);
        // J-14 due on the 10th, host down 10-11: caught up on the 12th (before the 10:00 events of that day).
        foreach (var email in new[] { Inv(Anc), Ref(Cor), Inv(Lat), Ref(Lap) })
            yield return E(D(2026, 1, 12), dl, "J-14", email, D(2026, 1, 10));
        // J-7 due on the 17th, host down 17-21: stale by the 21st, never sent.
        foreach (var r in new[] { R1, R2 })
            yield return E(D(2026, 1, 22), rv, "a-lat:under-review-since-2026-01-16:r1", r, D(2026, 1, 21));
        foreach (var email in new[] { Inv(Anc), Ref(Cor), Ref(Lap) })
            yield return E(D(2026, 1, 22), dl, "J-2", email);
        foreach (var email in new[] { Ref(Cor), Ref(Lap) })
            yield return E(D(2026, 1, 25), dl, ReminderMilestones.DeadlinePassed, email);
        foreach (var r in new[] { R1, R2 })
        {
            yield return E(D(2026, 1, 26), rv, "a-lat:under-review-since-2026-01-16:r2", r);
            yield return E(D(2026, 1, 31), rv, "a-lat:under-review-since-2026-01-16:r3", r);
        }
        yield return E(D(2026, 2, 5), pf, "a-cor:awaiting-prefecture-since-2026-01-29:w1", Ref(Cor));
        yield return E(D(2026, 2, 11), pf, "a-lat:awaiting-prefecture-since-2026-02-01:w1", Ref(Lat), D(2026, 2, 8));
        yield return E(D(2026, 2, 15), pf, "a-lat:awaiting-prefecture-since-2026-02-01:w2", Ref(Lat));

        foreach (var s in new[] { Cli, Cor, Lat, Wdr })
            yield return E(D(2028, 5, 21), ww, ReminderMilestones.WindowOpen, Ref(s), D(2028, 5, 19));
        foreach (var s in new[] { Cli, Cor, Lat })
        {
            yield return E(D(2028, 7, 4), ww, ReminderMilestones.WindowClosing, Ref(s));
            yield return E(D(2030, 1, 26), me, ReminderMilestones.MarketEndSoon, Ref(s), D(2030, 1, 19));
        }
    }
}
