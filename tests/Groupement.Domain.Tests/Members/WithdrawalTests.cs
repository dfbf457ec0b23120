using Groupement.Domain.Calendar;
using Groupement.Domain.Members;
using Groupement.Domain.Tests.Calendar;
using Groupement.Domain.Time;

namespace Groupement.Domain.Tests.Members;

public class WithdrawalTests
{
    private static readonly GroupementCalendar EPrimo = GroupementCalendar.Create(Conventions.EPrimo2026);

    private static DateTimeOffset ParisTime(int y, int m, int d, int h = 10, int mi = 0, int s = 0) =>
        Paris.At(new DateOnly(y, m, d), new TimeOnly(h, mi, s));

    [Fact]
    public void A_request_inside_the_window_is_allowed_and_takes_effect_at_the_end_of_the_first_period()
    {
        var decision = Withdrawal.Decide(EPrimo, ParisTime(2028, 6, 1));
        Assert.True(decision.Allowed);
        Assert.Null(decision.Code);
        Assert.Equal(new DateOnly(2028, 6, 1), decision.RequestedOn);
        Assert.Equal(new DateOnly(2028, 7, 19), decision.EffectiveOn);
        Assert.Equal(new DateOnly(2028, 7, 18), decision.LastBoundDay);
        Assert.Contains("19 juillet 2028", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_before_the_window_is_refused_with_the_window_dates()
    {
        var decision = Withdrawal.Decide(EPrimo, ParisTime(2028, 5, 18, 23, 59, 59));
        Assert.False(decision.Allowed);
        Assert.Equal("WITHDRAWAL_WINDOW_CLOSED", decision.Code);
        Assert.StartsWith("La fenêtre de retrait est ouverte du 19 mai 2028 au 18 juillet 2028 ; ", decision.Message, StringComparison.Ordinal);
        Assert.Contains("pas encore ouverte", decision.Message, StringComparison.Ordinal);
        Assert.Null(decision.EffectiveOn);
    }

    [Fact]
    public void The_window_opens_at_midnight_Paris_time_on_its_first_day()
    {
        Assert.True(Withdrawal.Decide(EPrimo, ParisTime(2028, 5, 19, 0)).Allowed);
        Assert.True(Withdrawal.Decide(EPrimo, new DateTimeOffset(2028, 5, 18, 22, 0, 0, TimeSpan.Zero)).Allowed);
    }

    [Fact]
    public void The_last_day_is_allowed_until_midnight_and_the_next_day_refused()
    {
        Assert.True(Withdrawal.Decide(EPrimo, ParisTime(2028, 7, 18, 23, 59, 59)).Allowed);
        var late = Withdrawal.Decide(EPrimo, ParisTime(2028, 7, 19, 0));
        Assert.False(late.Allowed);
        Assert.Equal("WITHDRAWAL_WINDOW_CLOSED", late.Code);
        Assert.Contains("du 19 mai 2028 au 18 juillet 2028 ; elle est close", late.Message, StringComparison.Ordinal);
        Assert.Contains("engagé jusqu'au 18 juillet 2030", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_window_every_request_is_refused()
    {
        var creteil = GroupementCalendar.Create(Conventions.Creteil);
        var decision = Withdrawal.Decide(creteil, ParisTime(2026, 7, 1));
        Assert.False(decision.Allowed);
        Assert.Equal("WITHDRAWAL_WINDOW_CLOSED", decision.Code);
        Assert.Contains("ne prévoit pas de fenêtre de retrait", decision.Message, StringComparison.Ordinal);
    }
}
