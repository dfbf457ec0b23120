using Groupement.Domain.French;

namespace Groupement.Domain.Tests.French;

public sealed class FrenchNumbersTests
{
    [Fact]
    public void Every_number_from_0_to_9999_written_in_words_reads_back_in_both_spellings()
    {
        for (var n = 0; n <= 9999; n++)
        {
            Assert.Equal(n, FrenchNumbers.Parse(FrenchNumbers.ToWords(n)));
            Assert.Equal(n, FrenchNumbers.Parse(FrenchNumbers.ToWords(n, reform1990: true)));
            Assert.Equal(n, FrenchNumbers.Parse(FrenchNumbers.ToWords(n).ToUpperInvariant()));
        }
    }

    [Theory]
    [InlineData(0, "zéro", "zéro")]
    [InlineData(21, "vingt et un", "vingt-et-un")]
    [InlineData(23, "vingt-trois", "vingt-trois")]
    [InlineData(71, "soixante et onze", "soixante-et-onze")]
    [InlineData(80, "quatre-vingts", "quatre-vingts")]
    [InlineData(81, "quatre-vingt-un", "quatre-vingt-un")]
    [InlineData(97, "quatre-vingt-dix-sept", "quatre-vingt-dix-sept")]
    [InlineData(200, "deux cents", "deux-cents")]
    [InlineData(201, "deux cent un", "deux-cent-un")]
    [InlineData(1000, "mille", "mille")]
    [InlineData(1980, "mille neuf cent quatre-vingts", "mille-neuf-cent-quatre-vingts")]
    [InlineData(2026, "deux mille vingt-six", "deux-mille-vingt-six")]
    [InlineData(9999, "neuf mille neuf cent quatre-vingt-dix-neuf", "neuf-mille-neuf-cent-quatre-vingt-dix-neuf")]
    public void Numbers_are_written_the_traditional_and_the_1990_way(int n, string traditional, string reformed)
    {
        Assert.Equal(traditional, FrenchNumbers.ToWords(n));
        Assert.Equal(reformed, FrenchNumbers.ToWords(n, reform1990: true));
    }

    [Theory]
    [InlineData("une", 1)]
    [InlineData("Dix-Neuf", 19)]
    [InlineData("deux mil vingt-six", 2026)]
    [InlineData("quatre vingt dix sept", 97)]
    [InlineData("soixante-onze", 71)]
    [InlineData("trois cent", 300)]
    public void Usual_variants_are_accepted(string words, int expected) =>
        Assert.Equal(expected, FrenchNumbers.Parse(words));

    [Theory]
    [InlineData("six deux")]
    [InlineData("vingt vingt")]
    [InlineData("cent mille mille")]
    [InlineData("et")]
    [InlineData("conseil")]
    [InlineData("")]
    public void Word_salad_is_not_a_number(string words) => Assert.Null(FrenchNumbers.Parse(words));
}
