using Groupement.Domain.Members;

namespace Groupement.Domain.Tests.Members;

public class UaiTests
{
    [Theory]
    [InlineData("0440001M")]
    [InlineData("0440001m")]
    [InlineData(" 0440001M ")]
    public void Seven_digits_and_the_matching_check_letter_make_a_UAI(string uai)
    {
        var check = Uai.Check(uai);
        Assert.True(check.IsValid);
        Assert.Equal("0440001M", check.Value);
    }

    [Fact]
    public void The_check_letter_is_the_remainder_by_23_in_the_alphabet_without_I_O_Q()
    {
        Assert.Equal('M', Uai.CheckLetter("0440001")); // 440001 mod 23 = 11
        Assert.Equal('A', Uai.CheckLetter("0000000"));
        Assert.Equal('Z', Uai.CheckLetter("0000022"));
        Assert.Equal('J', Uai.CheckLetter("0000008")); // I is skipped
    }

    [Fact]
    public void A_wrong_check_letter_is_refused_and_the_expected_one_named()
    {
        var check = Uai.Check("0440001N");
        Assert.False(check.IsValid);
        Assert.Equal("INVALID_UAI", check.Code);
        Assert.Contains("attendue : M", check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("044001M")]
    [InlineData("04400011")]
    [InlineData("A440001M")]
    [InlineData("")]
    [InlineData(null)]
    public void A_malformed_UAI_is_refused(string? uai)
    {
        var check = Uai.Check(uai, "needs[0].uai");
        Assert.False(check.IsValid);
        Assert.Equal("needs[0].uai", check.Field);
        Assert.Contains("7 chiffres suivis d'une lettre", check.Message, StringComparison.Ordinal);
    }
}
