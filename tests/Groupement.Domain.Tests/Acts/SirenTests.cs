using Groupement.Domain.Members;
using Groupement.Domain.Acts;

namespace Groupement.Domain.Tests.Acts;

public sealed class SirenTests
{
    [Theory]
    [InlineData("214401093")] // Nantes
    [InlineData("214900078")] // Angers
    [InlineData("244900015")] // Angers Loire Métropole
    [InlineData("224400028")] // Département de Loire-Atlantique
    [InlineData("356000000")] // La Poste: the SIREN itself passes Luhn
    public void Real_sirens_are_valid(string siren) => Assert.True(Siren.IsValid(siren));

    [Theory]
    [InlineData("214401094")]
    [InlineData("000000000")]
    [InlineData("21440109")]
    [InlineData("2144010933")]
    [InlineData("21440109A")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_sirens_are_refused(string? siren) => Assert.False(Siren.IsValid(siren));

    [Fact]
    public void Spaces_and_dots_are_removed() => Assert.Equal("214401093", Siren.Normalize("214 401 093"));
}
