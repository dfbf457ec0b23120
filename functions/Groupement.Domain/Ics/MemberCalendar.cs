using System.Text;
using Groupement.Domain.Calendar;
using Groupement.Domain.Time;

namespace Groupement.Domain.Ics;

/// <summary>What the member's .ics is about. <paramref name="Stamp"/> is DTSTAMP (the time of generation).</summary>
public sealed record MemberCalendarRequest(
    string GroupementId,
    string GroupementName,
    GroupementCalendar Calendar,
    string Siren,
    string MemberName,
    DateTimeOffset Stamp,
    string? Url = null);

/// <summary>
/// The member's own deadlines as an iCalendar file (attached to the invitation and enrolled emails): joining deadline,
/// withdrawal window opening and last day, last day of the first period, last day of the market. All-day events;
/// UIDs are stable (<c>kind.siren.groupement@groupement</c>), so a re-sent file updates the same events.
/// </summary>
public static class MemberCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8; method=PUBLISH";
    public const string FileName = "calendrier-groupement.ics";
    public const string ProductId = "-//Groupement de commandes//Calendrier de l'adhérent 1.0//FR";

    public static string Build(MemberCalendarRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var w = new IcsWriter()
            .Raw("BEGIN", "VCALENDAR")
            .Raw("VERSION", "2.0")
            .Text("PRODID", ProductId)
            .Raw("CALSCALE", "GREGORIAN")
            .Raw("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", $"{request.GroupementName} – {request.MemberName}")
            .Raw("X-WR-TIMEZONE", Paris.TimeZoneId);
        foreach (var e in Events(request.Calendar))
        {
            w.Raw("BEGIN", "VEVENT")
                .Text("UID", $"{e.Kind}.{request.Siren}.{request.GroupementId}@groupement")
                .Utc("DTSTAMP", request.Stamp)
                .Date("DTSTART", e.Day)
                .Date("DTEND", e.Day.AddDays(1))
                .Text("SUMMARY", $"{e.Summary} – {request.GroupementName}")
                .Text("DESCRIPTION", $"{e.Description}\n{request.MemberName} (SIREN {request.Siren}) – {request.GroupementName}");
            if (request.Url is { Length: > 0 } url)
                w.Raw("URL", new string(url.Where(ch => !char.IsControl(ch)).ToArray()));
            w.Raw("TRANSP", "TRANSPARENT").Raw("END", "VEVENT");
        }
        return w.Raw("END", "VCALENDAR").ToString();
    }

    /// <summary>UTF-8 without byte order mark, as mail attachments expect.</summary>
    public static byte[] BuildBytes(MemberCalendarRequest request) => new UTF8Encoding(false).GetBytes(Build(request));

    private sealed record IcsEvent(string Kind, DateOnly Day, string Summary, string Description);

    private static IEnumerable<IcsEvent> Events(GroupementCalendar c)
    {
        var d = c.JoinDeadline;
        yield return new(MilestoneKinds.JoinDeadline, d, "Date limite d'adhésion",
            $"Dernier jour pour adhérer au groupement : le {FrenchDate.Format(d)}, jusqu'à 23 h 59 (heure de Paris).");
        if (c.WithdrawalWindow is { } win)
        {
            yield return new(MilestoneKinds.WithdrawalWindowOpen, win.Start, "Ouverture de la fenêtre de retrait",
                $"Une demande de retrait est possible du {FrenchDate.Format(win.Start)} au {FrenchDate.Format(win.LastDay)} ; " +
                $"sans demande, l'adhésion est reconduite.");
            yield return new(MilestoneKinds.WithdrawalWindowClose, win.LastDay, "Dernier jour pour demander le retrait",
                $"Dernier jour pour demander le retrait : le {FrenchDate.Format(win.LastDay)}.");
        }
        yield return new(MilestoneKinds.FirstPeriodEnd, c.FirstPeriod.LastDay, "Fin de la première période",
            $"Dernier jour de la première période de {c.Settings.FirstPeriodMonths} mois : le {FrenchDate.Format(c.FirstPeriod.LastDay)}.");
        yield return new(MilestoneKinds.MarketEnd, c.Market.LastDay, "Fin du marché",
            $"Dernier jour du marché : le {FrenchDate.Format(c.Market.LastDay)} ; la convention prend fin le {FrenchDate.Format(c.End)}.");
    }
}
