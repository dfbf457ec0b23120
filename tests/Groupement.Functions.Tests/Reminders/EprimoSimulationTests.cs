using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Groupement.Functions.Tests.Reminders;

/// <summary>
/// The 48 months of the e-primo 2026 convention through the HTTP API with a fake clock: the sweep runs at 06:00 Paris on
/// every milestone day ± 1 and on the daylight-saving days; each reminder goes on its day, to its recipient, once.
/// A: invited, never submits. B: invited, submits late, waits on review then on the prefecture, enrolled.
/// C: asked for corrections, never corrects, closed. D: enrolled, stays. E: enrolled, withdraws inside the window.
/// </summary>
public class EprimoSimulationTests
{
    private const string Reviewer = "relecture@eprimo.test";
    private const string A = "a@commune-a.test";
    private const string B = "b@commune-b.test";
    private const string BRef = "ref@commune-b.test";
    private const string CRef = "ref@commune-c.test";
    private const string DRef = "ref@commune-d.test";
    private const string ERef = "ref@commune-e.test";

    [Fact]
    public async Task Every_reminder_goes_on_its_day_to_its_recipient_once_over_the_whole_convention()
    {
        await using var host = new ReminderHost();
        var s = new Scenario(host);
        var log = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        async Task SweepOn(DateOnly day, params string[] expected)
        {
            host.SetParis(day);
            await host.SweepAsync();
            var fresh = host.Reminders().Where(m => seen.Add(m.File)).Select(m => $"{m.Kind} {m.To}").Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(fresh),
                $"{day:yyyy-MM-dd}: expected [{string.Join(", ", expected.Order(StringComparer.Ordinal))}] but sent [{string.Join(", ", fresh)}]");
            log.AddRange(fresh.Select(f => $"{day:yyyy-MM-dd} {f}"));
        }

        // 2 January 2026: the groupement, its invitations, three applications.
        host.SetParis(new DateOnly(2026, 1, 2), 9);
        await s.CreateEprimoAsync(Reviewer);
        var sirenB = Scenario.Siren("21440002");
        await s.InviteAsync((Scenario.Siren("21440001"), "Commune A", A), (sirenB, "Commune B", B));
        var (c, _) = await s.SubmitAsync(Scenario.Siren("21440003"), "Commune C", CRef);
        await s.WaitForStatusAsync(c, "UnderReview");
        await s.CommandAsync(c, "review", new { decision = "request-changes", comment = "La délibération n'est pas signée." });
        await s.WaitForStatusAsync(c, "ChangesRequested");
        var (d, _) = await s.EnrollAsync(Scenario.Siren("21440004"), "Commune D", DRef, new DateOnly(2025, 12, 15));
        var (e, eToken) = await s.EnrollAsync(Scenario.Siren("21440005"), "Commune E", ERef, new DateOnly(2025, 12, 16));

        // The joining deadline (24 January): J-14, J-7, J-2 to A, B (until it submits) and C; the last notice to C.
        await SweepOn(new(2026, 1, 9));
        await SweepOn(new(2026, 1, 10), $"deadline-reminder {A}", $"deadline-reminder {B}", $"deadline-reminder {CRef}");
        await SweepOn(new(2026, 1, 11));
        host.SetParis(new DateOnly(2026, 1, 12), 10);
        var (b, _) = await s.SubmitAsync(sirenB, "Commune B", BRef);
        await s.WaitForStatusAsync(b, "UnderReview");
        await SweepOn(new(2026, 1, 16));
        await SweepOn(new(2026, 1, 17), $"deadline-reminder {A}", $"deadline-reminder {CRef}");
        await SweepOn(new(2026, 1, 18));
        await SweepOn(new(2026, 1, 19), $"review-reminder {Reviewer}"); // B under review for 7 days
        host.SetParis(new DateOnly(2026, 1, 20), 10);
        await s.CommandAsync(b, "review", new { decision = "approve", comment = "Conforme.", overrideFindings = true });
        await s.WaitForStatusAsync(b, "AwaitingPrefecture");
        await SweepOn(new(2026, 1, 21));
        await SweepOn(new(2026, 1, 22), $"deadline-reminder {A}", $"deadline-reminder {CRef}");
        await SweepOn(new(2026, 1, 23));
        await SweepOn(new(2026, 1, 24));
        await SweepOn(new(2026, 1, 25), $"deadline-reminder {CRef}"); // the last notice
        await SweepOn(new(2026, 1, 26));

        // After the deadline: the coordinator sees who never submitted, what was sent and what is due next.
        var view = await s.GroupementAsync();
        Assert.Equal(["Commune A"], view.GetProperty("invitations").GetProperty("notSubmitted").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        var reminders = view.GetProperty("reminders");
        Assert.Equal(9, reminders.GetProperty("sent").GetArrayLength());
        var next = reminders.GetProperty("upcoming").EnumerateArray().First();
        Assert.Equal(("prefecture-reminder", BRef, "2026-01-27"),
            (next.GetProperty("kind").GetString(), next.GetProperty("to").GetString(), next.GetProperty("dueOn").GetString()));
        host.SetParis(new DateOnly(2026, 1, 26), 10);
        var late = await s.SubmitRawAsync(Scenario.Siren("21440006"), "Commune F", "ref@commune-f.test");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Equal("DEADLINE_PASSED", (await JsonDocument.ParseAsync(await late.Content.ReadAsStreamAsync())).RootElement.GetProperty("code").GetString());

        // B waits on the prefecture: weekly reminders to its référent until the receipt and the publication.
        await SweepOn(new(2026, 1, 27), $"prefecture-reminder {BRef}");
        host.SetParis(new DateOnly(2026, 1, 27), 10);
        await s.CommandAsync(c, "close", new { reason = "Dossier non corrigé à la date limite." });
        await s.WaitForStatusAsync(c, "Closed");
        await SweepOn(new(2026, 2, 2));
        await SweepOn(new(2026, 2, 3), $"prefecture-reminder {BRef}");
        host.SetParis(new DateOnly(2026, 2, 4), 10);
        await s.CommandAsync(b, "prefecture-receipt", new { actId = $"044-{sirenB}-20260105-2026_011-DE", receivedOn = "2026-01-06" });
        await s.CommandAsync(b, "publication", new { publishedOn = "2026-01-06", mode = "affichage" });
        await s.WaitForStatusAsync(b, "Enrolled");
        await SweepOn(new(2026, 2, 10));

        // Daylight-saving changes, market start: nothing due.
        await SweepOn(new(2026, 3, 29));
        await SweepOn(new(2026, 7, 19));
        await SweepOn(new(2026, 10, 25));

        // Outside the withdrawal window: refused with its dates.
        host.SetParis(new DateOnly(2027, 1, 10), 10);
        var early = await host.ClientWith(eToken).PostAsJsonAsync($"/api/adhesions/{e}/withdrawal", new { reason = "Changement de prestataire." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var problem = (await JsonDocument.ParseAsync(await early.Content.ReadAsStreamAsync())).RootElement;
        Assert.Equal("WITHDRAWAL_WINDOW_CLOSED", problem.GetProperty("code").GetString());
        Assert.Contains("19 mai 2028", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The withdrawal window [2028-05-19, 2028-07-19): open to the enrolled; E withdraws; the closing reminder 15 days before.
        await SweepOn(new(2028, 5, 18));
        await SweepOn(new(2028, 5, 19), $"withdrawal-window-open {BRef}", $"withdrawal-window-open {DRef}", $"withdrawal-window-open {ERef}");
        host.SetParis(new DateOnly(2028, 5, 20), 10);
        await s.CommandAsync(e, "withdrawal", new { reason = "Changement de prestataire." }, eToken);
        await s.WaitForStatusAsync(e, "Withdrawn");
        await SweepOn(new(2028, 5, 21));
        await SweepOn(new(2028, 7, 3));
        await SweepOn(new(2028, 7, 4), $"withdrawal-window-open {BRef}", $"withdrawal-window-open {DRef}");
        await SweepOn(new(2028, 7, 5));
        await SweepOn(new(2028, 7, 19)); // renewal: nothing

        // Six months before the end (2030-07-19): market-end to the members still enrolled.
        await SweepOn(new(2030, 1, 18));
        await SweepOn(new(2030, 1, 19), $"market-end {BRef}", $"market-end {DRef}");
        await SweepOn(new(2030, 1, 20));
        await SweepOn(new(2030, 7, 18));

        Assert.Equal(18, log.Count);
        var sent = (await s.GroupementAsync()).GetProperty("reminders").GetProperty("sent");
        Assert.Equal(18, sent.GetArrayLength());
        Assert.Equal(18, sent.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.Empty((await s.GroupementAsync()).GetProperty("reminders").GetProperty("upcoming").EnumerateArray());
        _ = d;
    }
}
