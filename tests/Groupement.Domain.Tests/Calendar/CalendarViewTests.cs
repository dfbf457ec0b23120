using System.Text.Json;
using Groupement.Domain.Calendar;

namespace Groupement.Domain.Tests.Calendar;

public class CalendarViewTests
{
    [Fact]
    public void The_view_serialises_to_camelCase_with_ISO_dates_and_inclusive_periods()
    {
        var view = CalendarView.Of(GroupementCalendar.Create(Conventions.EPrimo2026));
        var json = JsonSerializer.Serialize(view, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("2026-01-24", root.GetProperty("joinDeadline").GetString());
        Assert.Equal("2028-07-18", root.GetProperty("firstPeriod").GetProperty("lastDay").GetString());
        Assert.Equal("2028-05-19", root.GetProperty("withdrawalWindow").GetProperty("start").GetString());
        Assert.Equal("2030-07-18", root.GetProperty("marketLastDay").GetString());
        Assert.Equal("2030-07-19", root.GetProperty("end").GetString());
        Assert.Equal("join-deadline", root.GetProperty("milestones")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Without_a_window_the_view_says_null()
    {
        var view = CalendarView.Of(GroupementCalendar.Create(Conventions.Creteil));
        Assert.Null(view.WithdrawalWindow);
        Assert.Equal(3, view.Renewals.Count);
    }
}
