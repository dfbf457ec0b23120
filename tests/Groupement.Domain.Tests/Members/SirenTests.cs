using Groupement.Domain.Members;

namespace Groupement.Domain.Tests.Members;

public class SirenTests
{
    [Theory]
    [InlineData("214901159")] // a commune of Maine-et-Loire (the ACTES example of DESIGN.md)
    [InlineData("200030195")]
    [InlineData("217500016")]
    public void A_nine_digit_number_with_a_valid_Luhn_key_is_a_SIREN(string siren)
    {
        var check = Siren.Check(siren);
        Assert.True(check.IsValid);
        Assert.Equal(siren, check.Value);
    }

    [Fact]
    public void Spaces_between_digit_groups_are_removed()
    {
        Assert.Equal("214901159", Siren.Check("214 901 159").Value);
        Assert.Equal("214901159", Siren.Check("214\u00a0901\u00a0159").Value);
    }

    [Theory]
    [InlineData("214901158", "clé de contrôle")]
    [InlineData("123456789", "clé de contrôle")]
    [InlineData("000000000", "000000000")]
    [InlineData("21490115", "9 chiffres")]
    [InlineData("2149011590", "9 chiffres")]
    [InlineData("21490115A", "9 chiffres")]
    [InlineData("", "obligatoire")]
    [InlineData(null, "obligatoire")]
    public void Anything_else_is_refused_with_a_French_message(string? input, string words)
    {
        var check = Siren.Check(input);
        Assert.False(check.IsValid);
        Assert.Equal("INVALID_SIREN", check.Code);
        Assert.Equal("siren", check.Field);
        Assert.Contains(words, check.Message, StringComparison.Ordinal);
        Assert.Null(check.Value);
    }

    [Fact]
    public void The_field_name_is_the_one_given()
    {
        Assert.Equal("member.siren", Siren.Check("1", "member.siren").Field);
    }
}
