using Groupement.Domain.Members;

namespace Groupement.Domain.Tests.Members;

public class MemberKindTests
{
    [Theory]
    [InlineData("commune", MemberKind.Commune)]
    [InlineData("EPCI", MemberKind.Epci)]
    [InlineData("departement", MemberKind.Departement)]
    [InlineData("département", MemberKind.Departement)]
    [InlineData("region", MemberKind.Region)]
    [InlineData("ecole-privee", MemberKind.EcolePrivee)]
    [InlineData(" autre ", MemberKind.Autre)]
    public void Kinds_are_parsed_from_their_codes(string code, MemberKind expected)
    {
        Assert.True(MemberKinds.TryParse(code, out var kind));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void Every_kind_round_trips_through_its_code()
    {
        foreach (var kind in Enum.GetValues<MemberKind>())
        {
            Assert.True(MemberKinds.TryParse(kind.ToCode(), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Theory]
    [InlineData("mairie")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_kind_is_refused_with_the_allowed_values(string? code)
    {
        var check = MemberKinds.Check(code);
        Assert.False(check.IsValid);
        Assert.Equal("INVALID_MEMBER_KIND", check.Code);
        Assert.Contains("commune, epci, departement, region, ecole-privee, autre", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_kind_is_normalised_to_its_code()
    {
        Assert.Equal("ecole-privee", MemberKinds.Check("École-Privée").Value);
    }
}
