using System.Text;
using Groupement.Domain.Calendar;
using Groupement.Domain.Ics;
using Groupement.Domain.Tests.Calendar;

namespace Groupement.Domain.Tests.Ics;

public class MemberCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    private static MemberCalendarRequest Request(CalendarSettings? settings = null) => new(
        "eprimo-2026", "Groupement e-primo 2026, académie de Nantes; ENT \\ écoles",
        GroupementCalendar.Create(settings ?? Conventions.EPrimo2026),
        "214901159", "Commune d'Ancenis-Saint-Géréon", Stamp, "https://groupement.test/adhesions/a1");

    [Fact]
    public void The_calendar_parses_back_with_the_member_deadlines_as_all_day_events()
    {
        var parsed = Ical.Net.Calendar.Load(MemberCalendar.Build(Request()))!;
        Assert.Equal("PUBLISH", parsed.Method);
        Assert.Equal(MemberCalendar.ProductId, parsed.ProductId);
        var events = parsed.Events.OrderBy(e => e.DtStart!.Date).ThenBy(e => e.Uid).ToList();
        Assert.Equal(
            [
                (new DateOnly(2026, 1, 24), "Date limite d'adhésion"),
                (new DateOnly(2028, 5, 19), "Ouverture de la fenêtre de retrait"),
                (new DateOnly(2028, 7, 18), "Dernier jour pour demander le retrait"),
                (new DateOnly(2028, 7, 18), "Fin de la première période"),
                (new DateOnly(2030, 7, 18), "Fin du marché"),
            ],
            events.Select(e => (e.DtStart!.Date, e.Summary!.Split(" – ")[0])).OrderBy(x => x.Item1).ThenBy(x => x.Item2, StringComparer.Ordinal));
        Assert.All(events, e =>
        {
            Assert.True(e.IsAllDay);
            Assert.False(e.DtStart!.HasTime);
            Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd!.Date);
            Assert.Equal(Stamp.UtcDateTime, e.DtStamp!.AsUtc);
            Assert.EndsWith("Groupement e-primo 2026, académie de Nantes; ENT \\ écoles", e.Summary, StringComparison.Ordinal);
            Assert.Contains("Commune d'Ancenis-Saint-Géréon (SIREN 214901159)", e.Description, StringComparison.Ordinal);
        });
        Assert.Contains("\n", events[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_uses_CRLF_only_lines_of_at_most_75_octets_and_escapes()
    {
        var bytes = MemberCalendar.BuildBytes(Request());
        Assert.False(bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF })); // no BOM
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains(@"Groupement e-primo 2026\, académie de Nantes\; ENT \\ écoles", unfolded, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Uids_are_stable_across_generations_and_distinct_per_event()
    {
        var first = Ical.Net.Calendar.Load(MemberCalendar.Build(Request()))!.Events.Select(e => e.Uid).ToList();
        var later = Ical.Net.Calendar.Load(MemberCalendar.Build(Request() with { Stamp = Stamp.AddDays(40) }))!.Events.Select(e => e.Uid).ToList();
        Assert.Equal(first, later);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Contains("join-deadline.214901159.eprimo-2026@groupement", first);
    }

    [Fact]
    public void Without_a_withdrawal_window_the_calendar_has_no_withdrawal_events()
    {
        var parsed = Ical.Net.Calendar.Load(MemberCalendar.Build(Request(Conventions.Creteil)))!;
        Assert.Equal(3, parsed.Events.Count);
        Assert.DoesNotContain(parsed.Events, e => e.Summary!.Contains("retrait", StringComparison.Ordinal));
    }
}
