using Groupement.Domain.Time;
using Groupement.Domain.French;

namespace Groupement.Domain.Tests.French;

public sealed class FrenchDatesTests
{
    [Theory]
    [InlineData("2 février 2026", 2026, 2, 2)]
    [InlineData("1er février 2026", 2026, 2, 1)]
    [InlineData("premier février 2026", 2026, 2, 1)]
    [InlineData("02/02/2026", 2026, 2, 2)]
    [InlineData("2.02.2026", 2026, 2, 2)]
    [InlineData("2-2-26", 2026, 2, 2)]
    [InlineData("2026-02-02", 2026, 2, 2)]
    [InlineData("lundi 2 février 2026", 2026, 2, 2)]
    [InlineData("LUNDI 2 FÉVRIER 2026", 2026, 2, 2)]
    [InlineData("le deux février deux mille vingt-six", 2026, 2, 2)]
    [InlineData("le deux février deux-mille-vingt-six", 2026, 2, 2)]
    [InlineData("l'an deux mille vingt-six, le deux février", 2026, 2, 2)]
    [InlineData("L’an deux mille vingt-six et le trente et un janvier", 2026, 1, 31)]
    [InlineData("le vingt-et-un mars 2026", 2026, 3, 21)]
    [InlineData("12 déc. 2025", 2025, 12, 12)]
    [InlineData("le 3 août 2026", 2026, 8, 3)]
    public void Usual_forms_are_read(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FrenchDates.Parse(text));

    [Fact]
    public void A_date_without_year_takes_the_year_given_by_the_document()
    {
        Assert.Equal(new DateOnly(2026, 2, 2), FrenchDates.Parse("lundi 2 février", defaultYear: 2026));
        Assert.Null(FrenchDates.Parse("lundi 2 février"));
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("le trente-deux janvier 2026")]
    [InlineData("L2121-17")]
    [InlineData("2026-2030")]
    [InlineData("02.40.12.34.56")]
    public void Impossible_dates_and_lookalikes_are_not_dates(string text) => Assert.Null(FrenchDates.Parse(text));

    [Fact]
    public void Every_day_of_2025_to_2027_reads_back_from_digits_words_and_long_form()
    {
        for (var d = new DateOnly(2025, 1, 1); d <= new DateOnly(2027, 12, 31); d = d.AddDays(1))
        {
            var month = FrenchDate.MonthName(d.Month);
            var dayWords = d.Day == 1 ? "premier" : FrenchNumbers.ToWords(d.Day);
            Assert.Equal(d, FrenchDates.Parse(FrenchDate.Format(d)));
            Assert.Equal(d, FrenchDates.Parse(d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(d, FrenchDates.Parse($"le {dayWords} {month} {FrenchNumbers.ToWords(d.Year)}"));
            Assert.Equal(d, FrenchDates.Parse($"l'an {FrenchNumbers.ToWords(d.Year, reform1990: true)}, le {dayWords} {month}"));
        }
    }

    [Fact]
    public void Dates_are_found_with_their_position_in_a_text()
    {
        var text = FrenchText.Fold("Envoyé en préfecture le 12/03/2026. Séance du lundi 9 mars 2026, convocation du 27 février 2026.");

        var dates = FrenchDates.FindAll(text, null);

        Assert.Equal([new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 9), new DateOnly(2026, 2, 27)], dates.Select(d => d.Date));
        Assert.Equal("lundi 9 mars 2026", text[dates[1].Start..dates[1].End]);
    }
}
